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
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real PostgreSQL server (binaries from Maven Central),
 * without the demo data. Every test class with this annotation shares one server and one
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ActiveProfiles({ "test", "postgres" })
@Import({ TestClock.Configuration.class, SynchronousReactions.class, DemoUsers.class, IdeaFixture.class })
@ContextConfiguration(initializers = EmbeddedPostgresDatabase.class)
public @interface PostgresTest {

}
