package nl.wijkstem.voting;

import nl.wijkstem.account.AccountDeleted;
import nl.wijkstem.account.ResidencyRevoked;
import nl.wijkstem.account.ResidencyService;
import nl.wijkstem.base.Caches;
import nl.wijkstem.base.SharedVersions;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether a voter is a verified resident: checking it on every submission was most of the
 * cost of a ballot, so a verification, once seen, is kept for
 * {@link Caches#ELIGIBILITY_TRUSTED_FOR}. Every ending of a verification (a revocation, a
 * deleted account) raises the shared residency version in its own transaction, on
 * whichever node it happens, and the version is part of the cache key: a check that reads
 * the new version never finds a verification read before it, and a check that started
 * before the ending stored it under the old version, which nobody asks for again. Only an
 * ending written straight into the database, past the application, can be missed, for at
 * most the time an entry is trusted.
 */
@Component
class Eligibility {

	private final ResidencyService residency;

	private final SharedVersions versions;

	private final Cache verified;

	Eligibility(ResidencyService residency, SharedVersions versions, CacheManager caches) {
		this.residency = residency;
		this.versions = versions;
		this.verified = caches.getCache(Caches.ELIGIBILITY);
	}

	boolean isVerified(Long accountId) {
		Key key = new Key(versions.current(SharedVersions.RESIDENCY), accountId);
		if (verified.get(key) != null) {
			return true;
		}
		boolean isVerified = residency.isVerifiedResident(accountId);
		if (isVerified) {
			verified.put(key, Boolean.TRUE);
		}
		return isVerified;
	}

	/** In the transaction of the revocation: both are seen together, on every node. */
	@EventListener
	void on(ResidencyRevoked revoked) {
		versions.raise(SharedVersions.RESIDENCY);
	}

	@EventListener
	void on(AccountDeleted deleted) {
		versions.raise(SharedVersions.RESIDENCY);
	}

	private record Key(long version, Long accountId) {
	}

}
