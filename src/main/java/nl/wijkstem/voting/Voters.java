package nl.wijkstem.voting;

import java.util.Optional;

import nl.wijkstem.account.AccountDeleted;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.Caches;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The account of the signed-in voter, kept per sign-in: finding it costs a keyed hash and
 * a query, and a resident may submit many times. Forgotten when an account is deleted; an
 * account deleted on another node is no longer a verified resident, which
 * {@link Eligibility} checks on every submission.
 */
@Component
class Voters {

	private final AccountService accounts;

	private final Cache remembered;

	Voters(AccountService accounts, CacheManager caches) {
		this.accounts = accounts;
		this.remembered = caches.getCache(Caches.VOTERS);
	}

	Optional<Long> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		Long known = remembered.get(authentication, Long.class);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<Long> found = accounts.currentAccountId();
		found.ifPresent(id -> remembered.put(authentication, id));
		return found;
	}

	/**
	 * Rare enough to forget every sign-in (the others are found again with one query),
	 * once the deletion is committed, so no look-up that overlapped it stays.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(AccountDeleted deleted) {
		remembered.clear();
	}

}
