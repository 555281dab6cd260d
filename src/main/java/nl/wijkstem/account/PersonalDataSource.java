package nl.wijkstem.account;

/**
 * A part of Wijkstem that keeps data about people adds it to their download of "my data"
 * (AVG articles 15 and 20). The account module knows nothing of ideas or ballots; they
 * come to it through this interface.
 */
public interface PersonalDataSource {

	/** The section's name in the download, such as {@code ideas}. */
	String section();

	/**
	 * What this part keeps about the account, as records the JSON writer can write. Runs
	 * in the caller's read-only transaction.
	 */
	Object dataOf(Long accountId);

}
