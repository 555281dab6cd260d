package nl.wijkstem.voting;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import nl.wijkstem.account.AccountDeleted;
import nl.wijkstem.account.ResidencyRevoked;
import nl.wijkstem.account.ResidencyService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Whether a voter is a verified resident. A verification, once seen, is remembered until
 * the account module says it ended ({@link ResidencyRevoked}) or the account is deleted:
 * checking it on every submission was most of the cost of a ballot. A check that started
 * before such an ending is never remembered.
 */
@Component
class Eligibility {

	private static final int REMEMBERED = 200_000;

	private final ResidencyService residency;

	private final Map<Long, Boolean> verified = new ConcurrentHashMap<>();

	private final AtomicLong endings = new AtomicLong();

	Eligibility(ResidencyService residency) {
		this.residency = residency;
	}

	boolean isVerified(Long accountId) {
		if (verified.containsKey(accountId)) {
			return true;
		}
		long before = endings.get();
		boolean now = residency.isVerifiedResident(accountId);
		if (now && endings.get() == before) {
			if (verified.size() >= REMEMBERED) {
				verified.clear();
			}
			verified.put(accountId, Boolean.TRUE);
		}
		return now;
	}

	private void forget(Long accountId) {
		endings.incrementAndGet();
		verified.remove(accountId);
	}

	@EventListener
	void on(ResidencyRevoked revoked) {
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
		forget(deleted.accountId());
	}

}
