package nl.wijkstem.notification.mail;

import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * An unsubscribe token says who, what and which address row, and only Wijkstem's key
 * signs it, for the address the mail went to.
 */
class UnsubscribeTokensTest {

	private final UnsubscribeTokens tokens = new UnsubscribeTokens("a-subject-key-for-tests");

	@Test
	void aTokenSaysWhatItStops_andIsSignedForItsAddress() {
		String notice = tokens.token(UnsubscribeTokens.Claim.notice(42L, 7L, NoticeKind.VOTING), "Kees@Example.org");
		assertThat(notice).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{22}");
		assertThat(tokens.read(notice)).contains(UnsubscribeTokens.Claim.notice(42L, 7L, NoticeKind.VOTING));
		assertThat(tokens.signedFor(notice, "kees@example.org")).as("addresses compare without case").isTrue();
		assertThat(tokens.signedFor(notice, "other@example.org")).isFalse();
		assertThat(tokens.signedFor(notice, null)).isFalse();

		String digest = tokens.token(UnsubscribeTokens.Claim.digest(42L, 7L, Cadence.DAILY), "kees@example.org");
		assertThat(tokens.read(digest)).contains(UnsubscribeTokens.Claim.digest(42L, 7L, Cadence.DAILY));
		assertThat(tokens.signedFor(digest, "kees@example.org")).isTrue();
	}

	@Test
	void anotherKeySignsDifferently() {
		String token = tokens.token(UnsubscribeTokens.Claim.notice(42L, 7L, NoticeKind.VOTING), "kees@example.org");
		assertThat(new UnsubscribeTokens("another-subject-key-entirely").signedFor(token, "kees@example.org"))
			.isFalse();
	}

	@Test
	void nonsenseIsReadAsNothing() {
		for (String nonsense : new String[] { null, "", ".", "abc", "a.b.c", "!!!.???", "x".repeat(500) + ".y",
				"NDIuTk9QRS43.AAAAAAAAAAAAAAAAAAAAAA" }) {
			assertThat(tokens.read(nonsense)).as(String.valueOf(nonsense)).isEmpty();
			assertThat(tokens.signedFor(nonsense, "kees@example.org")).isFalse();
		}
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UnsubscribeTokens.Claim.digest(1L, 1L, Cadence.IMMEDIATELY));
	}

}
