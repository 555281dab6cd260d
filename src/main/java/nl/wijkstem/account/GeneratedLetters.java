package nl.wijkstem.account;

import java.time.LocalDate;

/**
 * A new batch of letters. The PDF holds the only readable copy of the codes: Wijkstem
 * keeps just their keyed hashes, so this file must be downloaded now, printed and then
 * deleted.
 */
public record GeneratedLetters(Long batchId, int letters, LocalDate expiresOn, byte[] pdf) {

	public String fileName() {
		return "wijkstem-brieven-" + batchId + ".pdf";
	}

}
