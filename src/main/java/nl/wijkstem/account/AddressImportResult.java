package nl.wijkstem.account;

import java.util.List;

/**
 * What an address import did. With any problem, nothing was imported: the administrator
 * fixes the file and imports it again.
 *
 * @param added new addresses stored
 * @param duplicates lines skipped because the address was known already or came twice
 * @param problems what is wrong, per line; empty when the import succeeded
 */
public record AddressImportResult(int added, int duplicates, List<LineProblem> problems) {

	public AddressImportResult {
		problems = List.copyOf(problems);
	}

	public boolean imported() {
		return problems.isEmpty();
	}

	/**
	 * @param line the line number in the file, counting the header as line 1
	 * @param messageKey translation key of what is wrong
	 * @param arguments values for the message
	 */
	public record LineProblem(int line, String messageKey, Object... arguments) {
	}

}
