package nl.wijkstem.capacity;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import nl.wijkstem.idea.IdeaBulkSeeder;
import nl.wijkstem.support.DemoUsers;
import org.junit.jupiter.api.Tag;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The running application (Tomcat on a loopback port, the demo data on in-memory H2, in
 * this JVM) with {@value #DEFAULT_RESIDENTS} extra demo residents ({@code bewoner-0001}
 * ...), each signed in once and verified in person by the programme bureau through the
 * product's own services, as the demo's Fatima and Kees are. The load and the memory
 * benchmarks share this one context. {@code -Dcapacity.residents=N} changes how many.
 */
@Tag("benchmark")
// Tests run Vaadin in development mode, whose component tracker keeps two stack traces
// per component created (about 4 MB per session measured with it): production has none.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "vaadin.devmode.componentTracker.enabled=false")
@ActiveProfiles({ "test", "demo" })
@Import({ DemoUsers.class, OpenSessions.class })
abstract class CapacityBenchmark {

	static final int DEFAULT_RESIDENTS = 2000;

	static final int RESIDENTS = Integer.getInteger("capacity.residents", DEFAULT_RESIDENTS);

	/**
	 * Published ideas beside the demo's 25, each with supports and comments, so that a
	 * thousand residents reading and commenting spread over many pages as they would on a
	 * busy installation, instead of piling hundreds of comments onto the demo's ideas.
	 */
	static final int IDEAS = Integer.getInteger("capacity.ideas", 1000);

	static final int IDEA_PAGES = (IDEAS + 25) / 20;

	private static final AtomicBoolean VERIFIED = new AtomicBoolean();

	/**
	 * The demo's password check at its usual cost (BCrypt 10, about 0.1 s of CPU) would
	 * make a thousand sign-ins a benchmark of BCrypt. Residents of a real installation
	 * sign in at the municipality's identity provider, not with a password here.
	 */
	@TestBean(name = "passwordEncoder", methodName = "cheapPasswords")
	PasswordEncoder passwordEncoder;

	@LocalServerPort
	int port;

	@Autowired
	DemoUsers demo;

	@Autowired
	OpenSessions openSessions;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	static PasswordEncoder cheapPasswords() {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
	}

	@DynamicPropertySource
	static void residents(DynamicPropertyRegistry registry) {
		// the four demo accounts of application.yml come first: a list property is
		// replaced whole
		String[][] staff = { { "fatima", "Fatima El Amrani", "RESIDENT" }, { "kees", "Kees de Vries", "RESIDENT" },
				{ "moderator", "Sanne Jansen (programmabureau)", "MODERATOR" },
				{ "beheerder", "Ahmet Yilmaz (beheer)", "ADMIN" } };
		for (int i = 0; i < staff.length + RESIDENTS; i++) {
			boolean resident = i >= staff.length;
			String prefix = "wijkstem.demo.accounts[" + i + "].";
			String name = resident ? username(i - staff.length) : staff[i][0];
			String displayName = resident ? "Bewoner " + (i - staff.length + 1) : staff[i][1];
			String role = resident ? "RESIDENT" : staff[i][2];
			registry.add(prefix + "username", () -> name);
			registry.add(prefix + "password", () -> "demo");
			registry.add(prefix + "display-name", () -> displayName);
			registry.add(prefix + "role", () -> role);
		}
	}

	static String username(int index) {
		return String.format("bewoner-%04d", index + 1);
	}

	/**
	 * Signs every benchmark resident in once and has the bureau verify them (once per
	 * JVM).
	 */
	void verifyResidents() {
		if (VERIFIED.getAndSet(true)) {
			return;
		}
		long start = System.nanoTime();
		new IdeaBulkSeeder(jdbc).seed("Capaciteit", IDEAS, 5, 3, 500);
		for (int i = 0; i < RESIDENTS; i++) {
			demo.verifiedInPerson(username(i));
		}
		System.out.printf("%,d ideas seeded, %,d residents signed in and verified in %.1f s%n", IDEAS, RESIDENTS,
				(System.nanoTime() - start) / 1e9);
	}

	URI base() {
		return URI.create("http://localhost:" + port + "/");
	}

	HikariDataSource pool() {
		try {
			return dataSource.unwrap(HikariDataSource.class);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A resident who has opened the ideas, one idea and the ballot, signed in. */
	UidlSession visitIdeasIdeaAndBallot(int resident, RoundTrips recorder) {
		UidlSession session = new UidlSession(base(), () -> recorder);
		session.signIn(username(resident));
		session.open("");
		session.follow("ideas");
		List<Long> ideas = new ArrayList<>(session.ideaIds());
		if (ideas.isEmpty()) {
			throw new UidlSession.SessionFailure("no ideas listed");
		}
		session.follow("ideas/" + ideas.get(resident % ideas.size()));
		session.follow("vote");
		if (!session.hasBallot()) {
			throw new UidlSession.SessionFailure("no ballot");
		}
		return session;
	}

}
