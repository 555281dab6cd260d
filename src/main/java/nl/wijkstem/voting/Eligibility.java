package nl.wijkstem.voting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import nl.wijkstem.account.AccountDeleted;
import nl.wijkstem.account.ResidencyRevoked;
import nl.wijkstem.account.ResidencyService;
import nl.wijkstem.base.SharedVersions;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Whether a voter is a verified resident. A verification, once seen, is remembered for a
 * minute, or until the account module says it ended ({@link ResidencyRevoked}) or the
 * account is deleted: checking it on every submission was most of the cost of a ballot. A
 * check that started before such an ending is never remembered. The minute bounds what
 * this instance can miss: a revocation written straight into the database. A revocation
 * on another node raises a shared version, and every node drops what it remembered when
 * it sees the version change.
 */
@Component
class Eligibility {

	private static final int REMEMBERED = 200_000;

	static final Duration REMEMBERED_FOR = Duration.ofMinutes(1);

	private final ResidencyService residency;

	/** When each verification was last read from the account module. */
	private final Map<Long, Instant> verified = new ConcurrentHashMap<>();

	private final AtomicLong endings = new AtomicLong();

	private final Clock clock;

	private final SharedVersions versions;

	private volatile long version = -1;

	Eligibility(ResidencyService residency, Clock clock, SharedVersions versions) {
		this.residency = residency;
		this.clock = clock;
		this.versions = versions;
	}

	boolean isVerified(Long accountId) {
		long stored = versions.current(SharedVersions.RESIDENCY);
		if (stored != version) {
			endings.incrementAndGet();
			verified.clear();
			version = stored;
		}
		Instant now = clock.instant();
		Instant seen = verified.get(accountId);
		if (seen != null && now.isBefore(seen.plus(REMEMBERED_FOR)) && !now.isBefore(seen)) {
			return true;
		}
		long before = endings.get();
		boolean isVerified = residency.isVerifiedResident(accountId);
		if (!isVerified) {
			verified.remove(accountId);
		}
		else if (endings.get() == before) {
			if (verified.size() >= REMEMBERED) {
				verified.clear();
			}
			verified.put(accountId, now);
		}
		return isVerified;
	}

	private void forget(Long accountId) {
		endings.incrementAndGet();
		verified.remove(accountId);
	}

	@EventListener
	void on(ResidencyRevoked revoked) {
		versions.raise(SharedVersions.RESIDENCY);
		forget(revoked.accountId());
	}

	/**
	 * Again once the revocation is committed, so no check that read the old state keeps
	 * it.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void afterCommit(ResidencyRevoked revoked) {
		forget(revoked.accountId());
	}

	@EventListener
	void on(AccountDeleted deleted) {
		versions.raise(SharedVersions.RESIDENCY);
		forget(deleted.accountId());
	}

}
