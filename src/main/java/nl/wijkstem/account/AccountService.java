package nl.wijkstem.account;

import java.time.Clock;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import nl.wijkstem.base.security.SignInIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a local account for everyone who signs in, created on their first sign-in and
 * refreshed (name, e-mail) on every later one.
 */
@Service
public class AccountService {

	private static final Logger log = LoggerFactory.getLogger(AccountService.class);

	private final AccountRepository accounts;

	private final SubjectHasher hasher;

	private final TransactionTemplate transaction;

	private final Clock clock;

	AccountService(AccountRepository accounts, SubjectHasher hasher, TransactionTemplate transaction, Clock clock) {
		this.accounts = accounts;
		this.hasher = hasher;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Runs inside the sign-in itself, so it must never fail it: two first sign-ins of the
	 * same person at once meet the unique key, and the loser simply finds the winner's
	 * account next time.
	 */
	@EventListener
	@PermitAll
	public void onSignIn(AuthenticationSuccessEvent event) {
		SignInIdentity.of(event.getAuthentication().getPrincipal()).ifPresent(identity -> {
			try {
				transaction.executeWithoutResult(status -> recordSignIn(identity));
			}
			catch (DataIntegrityViolationException ex) {
				log.info("Account of {} was created by a concurrent sign-in", identity.issuer());
			}
		});
	}

	/**
	 * The signed-in person's own account.
	 */
	@PermitAll
	public Optional<AccountSummary> currentAccount() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Optional.empty();
		}
		return SignInIdentity.of(authentication.getPrincipal())
			.flatMap(identity -> accounts.findByIssuerAndSubjectHash(identity.issuer(),
					hasher.hash(identity.issuer(), identity.subject())))
			.map(AccountService::summary);
	}

	private void recordSignIn(SignInIdentity identity) {
		String subjectHash = hasher.hash(identity.issuer(), identity.subject());
		Account account = accounts.findByIssuerAndSubjectHash(identity.issuer(), subjectHash)
			.orElseGet(() -> new Account(identity.issuer(), subjectHash, clock.instant()));
		account.signedIn(identity.displayName(), identity.email(), clock.instant());
		accounts.saveAndFlush(account);
	}

	private static AccountSummary summary(Account account) {
		return new AccountSummary(account.getId(), account.getDisplayName(), account.getEmail(), account.getIssuer(),
				account.getCreatedAt(), account.getLastSignInAt());
	}

}
