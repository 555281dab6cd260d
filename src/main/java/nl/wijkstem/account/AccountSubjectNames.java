package nl.wijkstem.account;

import java.util.Locale;
import java.util.Objects;

import nl.wijkstem.base.EntitySubjectNames;

import org.springframework.stereotype.Component;

/**
 * Accounts by the name their owner shows; a deleted account has none.
 */
@Component
class AccountSubjectNames extends EntitySubjectNames<Account> {

	static final String ACCOUNT = "account";

	AccountSubjectNames(AccountRepository accounts) {
		super(ACCOUNT, accounts);
	}

	@Override
	protected String name(Account account, Locale locale) {
		return Objects.requireNonNullElse(account.getDisplayName(), "");
	}

}
