package nl.wijkstem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.wijkstem.base.Languages;
import nl.wijkstem.programme.ProgrammeService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production database for real: a PostgreSQL server (binaries from Maven Central)
 * started for this test, migrated by Flyway and validated by Hibernate.
 */
@SpringBootTest
@ActiveProfiles({ "test", "postgres" })
class PostgresMigrationTest {

	private static final EmbeddedPostgres POSTGRES = start();

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProgrammeService programme;

	@Autowired
	ApplicationEventPublisher events;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@Test
	void migrations_runOnPostgres_andTheSchemaMatchesTheEntities() {
		assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(jdbc.queryForList("select version from flyway_schema_history where success", String.class))
			.contains("1");
	}

	@Test
	void programme_isSeededIntoPostgres() {
		assertThat(programme.overview(Languages.ENGLISH).themes()).hasSize(5);
		assertThat(programme.programmeName()).isEqualTo("Wij de Westwijk");
	}

	@Test
	void signIn_storesAnAccountInPostgres() {
		OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
				Map.of("iss", "https://login.example.nl", "sub", "pg-1", "name", "Els"));
		List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority("ROLE_RESIDENT"));

		events.publishEvent(new AuthenticationSuccessEvent(
				new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token), authorities, "gemeente")));

		assertThat(jdbc.queryForObject("select display_name from account where issuer = ?", String.class,
				"https://login.example.nl"))
			.isEqualTo("Els");
	}

	private static EmbeddedPostgres start() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}));
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

}
