package nl.wijkstem.account;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.SubjectName;
import nl.wijkstem.base.SubjectNames;
import nl.wijkstem.base.security.Roles;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts by the name their owner shows; a deleted account has none.
 */
@Component
class AccountSubjectNames implements SubjectNames {

	static final String ACCOUNT = "account";

	private final AccountRepository accounts;

	AccountSubjectNames(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public Set<String> subjectTypes() {
		return Set.of(ACCOUNT);
	}

	@Override
	@RolesAllowed(Roles.MODERATOR)
	@Transactional(readOnly = true)
	public Map<Long, SubjectName> names(String subjectType, Collection<Long> ids, Locale locale) {
		return accounts.findAllById(Set.copyOf(ids))
			.stream()
			.collect(Collectors.toMap(Account::getId, account -> new SubjectName(ACCOUNT, account.getId(),
					Objects.requireNonNullElse(account.getDisplayName(), ""))));
	}

}
