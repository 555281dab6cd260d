package nl.wijkstem.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every cache Wijkstem keeps in memory, with its bound and its lifetime, in this one
 * place (docs/operations.md, "What a node keeps in memory"). Each is a Caffeine cache
 * behind Spring's cache abstraction: past its size it evicts the entries least likely to
 * be used again, one at a time. Their time is the application's {@link Clock}, so tests
 * that move the clock move the expiry too. A cache whose entries another node can make
 * wrong puts a {@link SharedVersions} version in its keys. The caches are used through
 * {@link org.springframework.cache.Cache} directly: each keeps only some results (a
 * verification, not its absence), which annotations would hide.
 */
@Configuration(proxyBeanMethods = false)
public class Caches {

	/** Verified residents, by residency version and account; only "yes" is kept. */
	public static final String ELIGIBILITY = "eligibility";

	/** The account of a signed-in voter, by their sign-in. */
	public static final String VOTERS = "voters";

	/** A round's rules and costs once voting opened (they cannot change then). */
	public static final String ROUND_RULES = "round-rules";

	/**
	 * Ballot ids by round and account: a ballot keeps its id, so a change needs no
	 * look-up.
	 */
	public static final String BALLOT_IDS = "ballot-ids";

	/** The public programme overview, by overview version, language and length. */
	public static final String PROGRAMME_OVERVIEW = "programme-overview";

	/**
	 * @param expireAfterWrite how long an entry may be trusted after it was read, or
	 * {@code null}
	 * @param expireAfterAccess how long an unused entry is kept, or {@code null}
	 */
	record Spec(String name, long maximumSize, Duration expireAfterWrite, Duration expireAfterAccess) {
	}

	static final List<Spec> SPECS = List.of(
			// a revocation this node did not hear of (written straight into the database)
			// is honoured within a minute
			new Spec(ELIGIBILITY, 50_000, Duration.ofMinutes(1), null),
			// as long as an idle session lives
			new Spec(VOTERS, 20_000, null, Duration.ofMinutes(30)),
			new Spec(ROUND_RULES, 100, null, Duration.ofHours(1)),
			new Spec(BALLOT_IDS, 100_000, null, Duration.ofHours(1)),
			// new supports show within 30 seconds; moderators' actions at once (version)
			new Spec(PROGRAMME_OVERVIEW, 20, Duration.ofSeconds(30), null));

	/** How long the verification of a voter is trusted. */
	public static final Duration ELIGIBILITY_TRUSTED_FOR = spec(ELIGIBILITY).expireAfterWrite();

	/** How long the programme overview is shown before it is read afresh. */
	public static final Duration PROGRAMME_OVERVIEW_FRESH_FOR = spec(PROGRAMME_OVERVIEW).expireAfterWrite();

	@Bean
	CacheManager cacheManager(Clock clock) {
		CaffeineCacheManager manager = new CaffeineCacheManager();
		manager.setAllowNullValues(false);
		// only the caches named here: a misspelt name fails instead of growing a new one
		manager.setCacheNames(Set.of());
		Ticker ticker = () -> nanos(clock.instant());
		for (Spec spec : SPECS) {
			Caffeine<Object, Object> builder = Caffeine.newBuilder()
				.maximumSize(spec.maximumSize())
				.ticker(ticker)
				.recordStats();
			if (spec.expireAfterWrite() != null) {
				builder.expireAfterWrite(spec.expireAfterWrite());
			}
			if (spec.expireAfterAccess() != null) {
				builder.expireAfterAccess(spec.expireAfterAccess());
			}
			manager.registerCustomCache(spec.name(), builder.build());
		}
		return manager;
	}

	static Spec spec(String name) {
		return SPECS.stream().filter(spec -> spec.name().equals(name)).findFirst().orElseThrow();
	}

	private static long nanos(Instant instant) {
		return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
	}

}
