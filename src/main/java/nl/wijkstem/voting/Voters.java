package nl.wijkstem.voting;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.wijkstem.account.AccountDeleted;
import nl.wijkstem.account.AccountService;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The account of the signed-in voter, remembered per sign-in: finding it costs a keyed
 * hash and a query, and a resident may submit many times. Forgotten when the account is
 * deleted.
 */
@Component
class Voters {

	private static final int REMEMBERED = 50_000;

	private final AccountService accounts;

	private final Map<Authentication, Long> remembered = new ConcurrentHashMap<>();

	Voters(AccountService accounts) {
		this.accounts = accounts;
	}

	Optional<Long> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		Long known = remembered.get(authentication);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<Long> found = accounts.currentAccountId();
		found.ifPresent(id -> {
			if (remembered.size() >= REMEMBERED) {
				remembered.clear();
			}
			remembered.put(authentication, id);
		});
		return found;
	}

	@EventListener
	void on(AccountDeleted deleted) {
		remembered.values().removeIf(deleted.accountId()::equals);
	}

}
