package nl.wijkstem.moderation.bureau;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.account.StaffMember;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ApplicationTest
class ClaimServiceTest {

	private static final String SANNE = "Sanne Jansen (programmabureau)";

	private static final String AHMET = "Ahmet Yilmaz (beheer)";

	@Autowired
	ClaimService claims;

	@Autowired
	IdeaDecisionService decisions;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoUsers demo;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	IdeaFixture fixture;

	@BeforeEach
	void fixture() {
		// both moderators have signed in once, so the bureau knows them
		demo.signIn("beheerder");
		demo.signIn("moderator");

		SignIn.out();
	}

	@Test
	void twoModeratorsClaimingAtOnce_oneWins_andTheOtherIsToldWho() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				Long idea = fixture.submitted("Gelijktijdig opgepakt " + IdeaFixture.unique());
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<String>> outcomes = new ArrayList<>();
				for (String moderator : List.of("moderator", "beheerder")) {
					outcomes.add(pool.submit(claimAtOnce(moderator, idea, start)));
				}
				List<String> results = new ArrayList<>();
				for (Future<String> outcome : outcomes) {
					results.add(outcome.get());
				}

				assertThat(results).as("round " + round).filteredOn(result -> result.startsWith("won")).hasSize(1);
				String winner = results.stream().filter(result -> result.startsWith("won")).findFirst().orElseThrow();
				assertThat(results).filteredOn(result -> result.startsWith("told"))
					.singleElement()
					.isEqualTo("told " + winner.substring("won ".length()));
				demo.signIn("moderator");
				assertThat(claims.opened(idea)).get()
					.extracting(ClaimState::holderName)
					.isEqualTo(winner.substring("won ".length()));
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aColleagueOpeningAClaimedItem_seesWhoWorksOnIt_andCannotTakeOrReleaseIt() {
		Long idea = fixture.submitted("Al opgepakt " + IdeaFixture.unique());
		demo.signIn("moderator");
		assertThat(claims.opened(idea)).isEmpty();
		assertThat(claims.claim(idea).mine()).isTrue();

		demo.signIn("beheerder");
		ClaimState seen = claims.opened(idea).orElseThrow();

		assertThat(seen.holderName()).isEqualTo(SANNE);
		assertThat(seen.mine()).isFalse();
		assertThatExceptionOfType(ClaimTakenException.class).isThrownBy(() -> claims.claim(idea))
			.satisfies(taken -> assertThat(taken.holder().holderName()).isEqualTo(SANNE));
		assertThatExceptionOfType(ClaimTakenException.class).isThrownBy(() -> claims.release(idea));
		assertThat(claims.active(List.of(idea))).containsOnlyKeys(idea);
	}

	@Test
	void aClaim_endsAfterThirtyIdleMinutes_andOpeningTheItemKeepsItAlive() {
		Long idea = fixture.submitted("Verlopen claim " + IdeaFixture.unique());
		demo.signIn("moderator");
		claims.claim(idea);
		clock.moveBy(Duration.ofMinutes(20));
		claims.opened(idea);
		clock.moveBy(Duration.ofMinutes(20));

		demo.signIn("beheerder");
		assertThat(claims.opened(idea)).get().extracting(ClaimState::holderName).isEqualTo(SANNE);
		clock.moveBy(Duration.ofMinutes(11));
		assertThat(claims.opened(idea)).isEmpty();
		assertThat(claims.active(List.of(idea))).isEmpty();
		assertThat(claims.claim(idea).holderName()).isEqualTo(AHMET);
	}

	@Test
	void aDecision_releasesTheClaim() {
		Long idea = fixture.submitted("Besluit maakt vrij " + IdeaFixture.unique());
		demo.signIn("moderator");
		claims.claim(idea);

		decisions.decide(idea, fixture.version(idea), ModerationDecision.PUBLISH, "");

		assertThat(claims.opened(idea)).isEmpty();
	}

	@Test
	void theHolder_canLetGo() {
		Long idea = fixture.submitted("Losgelaten " + IdeaFixture.unique());
		demo.signIn("moderator");
		claims.claim(idea);

		claims.release(idea);

		demo.signIn("beheerder");
		assertThat(claims.opened(idea)).isEmpty();
	}

	@Test
	void assigning_givesTheItemToAColleagueForAWorkingDay_andIsInTheAuditTrail() {
		Long idea = fixture.submitted("Toegewezen " + IdeaFixture.unique());
		demo.signIn("moderator");
		List<StaffMember> colleagues = claims.colleagues();
		assertThat(colleagues).extracting(StaffMember::displayName)
			.contains(SANNE, AHMET)
			.doesNotContain("Kees de Vries", "Fatima El Amrani");
		Long ahmet = colleagues.stream()
			.filter(member -> member.displayName().equals(AHMET))
			.findFirst()
			.orElseThrow()
			.accountId();

		ClaimState given = claims.assign(idea, ahmet);

		assertThat(given.holderName()).isEqualTo(AHMET);
		assertThat(given.mine()).isFalse();
		clock.moveBy(Duration.ofHours(2));
		demo.signIn("beheerder");
		ClaimState mine = claims.opened(idea).orElseThrow();
		assertThat(mine.mine()).isTrue();
		assertThat(mine.assignedByName()).isEqualTo(SANNE);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action_code = 'item.assign' and subject_id = ?", Long.class,
				idea))
			.isEqualTo(1);
		Long sanne = colleagues.stream()
			.filter(member -> member.displayName().equals(SANNE))
			.findFirst()
			.orElseThrow()
			.accountId();
		demo.signIn("moderator");
		assertThatExceptionOfType(ClaimTakenException.class).isThrownBy(() -> claims.assign(idea, sanne));
	}

	@Test
	void colleagues_areTheBureauAsOfTheirLastSignIn() {
		String subject = "staff-" + IdeaFixture.unique();
		String name = "Noor " + subject;
		signInThroughTheProvider(subject, name, "RESIDENT", "MODERATOR");
		demo.signIn("moderator");
		assertThat(claims.colleagues()).extracting(StaffMember::displayName).contains(name);

		signInThroughTheProvider(subject, name, "RESIDENT");
		demo.signIn("moderator");

		assertThat(claims.colleagues()).extracting(StaffMember::displayName).doesNotContain(name);
	}

	@Test
	void assigning_toSomeoneOutsideTheBureau_isRefused() {
		Long idea = fixture.submitted("Niet aan een bewoner " + IdeaFixture.unique());
		demo.signIn("kees");
		Long kees = jdbc.queryForObject("select id from account where display_name = 'Kees de Vries'", Long.class);
		demo.signIn("moderator");

		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> claims.assign(idea, kees));
		assertThat(claims.opened(idea)).isEmpty();
	}

	@Test
	void residents_cannotSeeOrTakeClaims() {
		Long idea = fixture.submitted("Geen bewoners " + IdeaFixture.unique());
		demo.signIn("kees");

		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> claims.claim(idea));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> claims.opened(idea));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> claims.colleagues());
	}

	private Callable<String> claimAtOnce(String moderator, Long idea, CyclicBarrier start) {
		return () -> {
			demo.signIn(moderator);
			try {
				start.await();
				return "won " + claims.claim(idea).holderName();
			}
			catch (ClaimTakenException taken) {
				return "told " + taken.holder().holderName();
			}
			finally {
				SignIn.out();
			}
		};
	}

	private void signInThroughTheProvider(String subject, String name, String... roles) {
		OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
				Map.of("iss", "https://login.example.nl", "sub", subject, "name", name));
		List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
			.map(role -> new SimpleGrantedAuthority(Roles.authority(role)))
			.toList();
		events.publishEvent(new AuthenticationSuccessEvent(
				new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token), authorities, "gemeente")));
	}

}
