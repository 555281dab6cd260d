package nl.wijkstem.account;

import java.util.List;

import nl.wijkstem.base.Translator;

/**
 * A part of Wijkstem that keeps data about people adds it to their download of "my data"
 * (AVG articles 15 and 20) and to the overview on that page. The account module knows
 * nothing of ideas or ballots; they come to it through this interface.
 */
public interface PersonalDataSource {

	/** The section's name in the download, such as {@code ideas}. */
	String section();

	/**
	 * What this part keeps about the account, as records the JSON writer can write: every
	 * value a person reads (a status, a reason, a notice) in their words, never an
	 * internal code or translation key. Runs in the caller's read-only transaction.
	 */
	Object dataOf(Long accountId, Translator words);

	/**
	 * How much of each kind this part keeps, for the overview on the page; kinds with
	 * nothing kept may be left out.
	 */
	List<PersonalDataCount> counts(Long accountId);

}
