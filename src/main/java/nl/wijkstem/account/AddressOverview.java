package nl.wijkstem.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the mail-out stands, for administrators.
 *
 * @param addresses addresses in the area's list
 * @param withValidCode addresses whose latest letter still works
 * @param verifiedResidents accounts verified as residents, by any method
 * @param accountsPerAddress how many accounts one address may verify
 * @param today the date in the Netherlands, from which new codes must run
 * @param latestExpiry the furthest a new batch may expire
 * @param batches the mail-outs, newest first
 * @param openRounds the voting rounds whose closing new codes may follow: those whose
 * voting has not closed yet
 */
public record AddressOverview(long addresses, long withValidCode, long verifiedResidents, int accountsPerAddress,
		LocalDate today, LocalDate latestExpiry, List<Batch> batches, List<VotingDeadlines.Deadline> openRounds) {

	/**
	 * @param expiresOn the last day printed on the letters
	 * @param round the voting round whose closing ends the codes, as it is now, or
	 * {@code null} when they end with {@code expiresOn}
	 * @param redeemed residents verified with a code of this batch
	 */
	public record Batch(Long id, Instant createdAt, LocalDate expiresOn, VotingDeadlines.Deadline round, int letters,
			long redeemed) {
	}

}
