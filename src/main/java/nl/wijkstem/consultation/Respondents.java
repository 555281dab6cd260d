package nl.wijkstem.consultation;

import java.util.Optional;

import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.ResidencyService;

import org.springframework.stereotype.Component;

/**
 * Who is answering, and whether they belong to a consultation's audience. Shared by the
 * page (what the reader may do) and the answering itself, so both say the same.
 */
@Component
class Respondents {

	private final AccountService accounts;

	private final ResidencyService residency;

	Respondents(AccountService accounts, ResidencyService residency) {
		this.accounts = accounts;
		this.residency = residency;
	}

	/** The signed-in person's account, if anyone is signed in. */
	Optional<Long> current() {
		return accounts.currentAccountId();
	}

	boolean inAudience(Consultation consultation, Long accountId) {
		return accountId != null
				&& (consultation.getAudience() == Audience.SIGNED_IN || residency.isVerifiedResident(accountId));
	}

}
