package nl.wijkstem.base;

import java.time.Duration;

import nl.wijkstem.support.ApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

@ApplicationTest
class SessionSettingsTest {

	@Autowired
	Environment environment;

	@Test
	void idleSessions_endAfterThirtyMinutes_heartbeatsDoNotKeepThemAlive() {
		assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
			.isEqualTo(Duration.ofMinutes(30));
		assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
	}

}
