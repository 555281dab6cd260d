package nl.wijkstem.account;

import org.springframework.stereotype.Component;

/**
 * Keyed pseudonyms of the person behind an account, one per purpose, the same for every
 * account that person makes with the same identity provider: so what must outlive an
 * account (code attempts, who voted) is never tied to the account, and one purpose's
 * pseudonym cannot be matched with another's.
 */
@Component
class PersonPseudonyms {

	private final AccountRepository accounts;

	private final SubjectHasher hasher;

	PersonPseudonyms(AccountRepository accounts, SubjectHasher hasher) {
		this.accounts = accounts;
		this.hasher = hasher;
	}

	/** For the limits on letter-code attempts. */
	String codeAttempts(Long accountId) {
		return of(accountId, "code-attempts");
	}

	/** For one person, one vote. */
	String voter(Long accountId) {
		return of(accountId, "voter-person");
	}

	private String of(Long accountId, String purpose) {
		Account account = accounts.findById(accountId)
			.orElseThrow(() -> new IllegalStateException("No account " + accountId));
		return hasher.hash(purpose, account.getSubjectHash());
	}

}
