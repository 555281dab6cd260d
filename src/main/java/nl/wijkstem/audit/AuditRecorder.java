package nl.wijkstem.audit;

import java.time.Clock;
import java.util.Optional;

import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.AccountSummary;
import nl.wijkstem.account.ResidencyMethod;
import nl.wijkstem.account.ResidencyRevoked;
import nl.wijkstem.account.ResidencyVerified;
import nl.wijkstem.base.security.SignInIdentity;
import nl.wijkstem.audit.ModerationActionTaken;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every moderation action into the audit trail, in the transaction of the action
 * itself: the entry is there exactly when the action is. An action published outside a
 * transaction is refused rather than recorded on its own.
 * <p>
 * Deleting an account does not touch the trail: the name it had stays with its entries,
 * because being able to tell who decided what outweighs forgetting a moderator's name
 * (the privacy statement says so).
 */
@Component
class AuditRecorder {

	private static final String ACCOUNT = "account";

	private final AuditEntryRepository entries;

	private final AccountService accounts;

	private final SecurityContextHolderStrategy securityContexts;

	private final Clock clock;

	AuditRecorder(AuditEntryRepository entries, AccountService accounts,
			ObjectProvider<SecurityContextHolderStrategy> securityContexts, Clock clock) {
		this.entries = entries;
		this.accounts = accounts;
		// method security reads the application's strategy (Vaadin's), so read the same
		this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(ModerationActionTaken action) {
		Optional<AccountSummary> account = accounts.currentAccount();
		String name = account.map(AccountSummary::displayName)
			.filter(displayName -> displayName != null && !displayName.isBlank())
			.orElseGet(this::username);
		entries
			.save(new AuditEntry(clock.instant(), account.map(AccountSummary::id).orElse(null), name, action.action(),
					action.subjectType(), action.subjectId(), action.before(), action.after(), action.reason()));
	}

	/** A moderator verified a resident at the programme bureau. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(ResidencyVerified verified) {
		if (verified.method() == ResidencyMethod.IN_PERSON && verified.verifiedBy() != null) {
			on(new ModerationActionTaken(ResidencyActions.VERIFY, ACCOUNT, verified.accountId(), "NOT_VERIFIED",
					ResidencyMethod.IN_PERSON.name(), ""));
		}
	}

	/** A moderator revoked a resident's verification (not the identity provider). */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(ResidencyRevoked revoked) {
		if (revoked.revokedBy() != null) {
			on(new ModerationActionTaken(ResidencyActions.REVOKE, ACCOUNT, revoked.accountId(), "VERIFIED",
					"NOT_VERIFIED", revoked.reason()));
		}
	}

	/**
	 * The name someone signed in with when they have no account; never an identity
	 * provider's subject, which may be a citizen service number.
	 */
	private String username() {
		Authentication authentication = securityContexts.getContext().getAuthentication();
		if (authentication == null) {
			return "";
		}
		Object principal = authentication.getPrincipal();
		if (principal instanceof UserDetails user) {
			return user.getUsername();
		}
		if (principal instanceof String name) {
			return name;
		}
		return SignInIdentity.of(principal).map(SignInIdentity::displayName).orElse("");
	}

}
