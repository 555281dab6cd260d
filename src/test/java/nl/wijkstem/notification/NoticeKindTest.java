package nl.wijkstem.notification;

import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every notice in the bundles belongs to a kind a resident can choose a cadence for, so
 * no notice escapes the residents' choices.
 */
class NoticeKindTest {

	@Test
	void everyNoticeInTheBundlesHasAKind() throws Exception {
		Properties bundle = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations_nl.properties")) {
			bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		long notices = bundle.stringPropertyNames()
			.stream()
			.filter(key -> key.startsWith("notice.") && key.endsWith(".title"))
			.map(key -> key.substring(0, key.length() - ".title".length()))
			.peek(key -> assertThat(NoticeKind.of(key)).as(key).isNotNull())
			.count();
		assertThat(notices).isGreaterThan(20);
	}

	@Test
	void theKindsOfSomeNotices() {
		assertThat(NoticeKind.of("notice.decision.PUBLISH")).isEqualTo(NoticeKind.MY_IDEAS);
		assertThat(NoticeKind.of("notice.ballot.CHOSEN.supporter.several")).isEqualTo(NoticeKind.SUPPORTED);
		assertThat(NoticeKind.of("notice.comment.reply")).isEqualTo(NoticeKind.REPLIES);
		assertThat(NoticeKind.of("notice.consultation.results")).isEqualTo(NoticeKind.CONSULTATIONS);
		assertThatThrownBy(() -> NoticeKind.of("notice.unknown")).isInstanceOf(IllegalArgumentException.class);
	}

}
