package nl.wijkstem.account;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A new batch of letters. The PDF holds the only readable copy of the codes: Wijkstem
 * keeps just their keyed hashes, so this file must be downloaded now, printed and then
 * deleted.
 *
 * @param expiresOn the last day printed on the letters
 * @param roundClosesAt when the codes stop working because voting closes, or {@code null}
 * when they work to the end of {@code expiresOn}
 */
public record GeneratedLetters(Long batchId, int letters, LocalDate expiresOn, Instant roundClosesAt, byte[] pdf) {

	public String fileName() {
		return "wijkstem-brieven-" + batchId + ".pdf";
	}

}
