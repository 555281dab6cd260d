package nl.wijkstem.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an in-memory H2 database with the demo profile. Service tests
 * and browserless view tests use exactly this, so they share one context. Its clock is a
 * {@link TestClock} that tests may move.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ActiveProfiles({ "test", "demo" })
@Import({ TestClock.Configuration.class, SynchronousReactions.class, DemoUsers.class, IdeaFixture.class,
		TestSmtp.class })
public @interface ApplicationTest {

}
