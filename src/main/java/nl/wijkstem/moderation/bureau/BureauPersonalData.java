package nl.wijkstem.moderation.bureau;

import java.time.Instant;
import java.util.List;

import nl.wijkstem.account.PersonalDataSource;

import org.springframework.stereotype.Component;

/**
 * What the bureau's desk keeps about a colleague, for their own download of "my data":
 * the internal notes they wrote and the items they work on now. Notes are never part of
 * the download of the resident they are about: they are the bureau's working notes.
 */
@Component
class BureauPersonalData implements PersonalDataSource {

	private final NoteRepository notes;

	private final ClaimRepository claims;

	BureauPersonalData(NoteRepository notes, ClaimRepository claims) {
		this.notes = notes;
		this.claims = claims;
	}

	@Override
	public String section() {
		return "moderation";
	}

	@Override
	public Object dataOf(Long accountId) {
		return new BureauRecord(
				notes.findByAuthorIdOrderByCreatedAtAscIdAsc(accountId)
					.stream()
					.map(note -> new NoteRecord(note.getIdeaId(), note.getBody(), note.getCreatedAt()))
					.toList(),
				claims.findByHolderIdOrderByClaimedAtAsc(accountId)
					.stream()
					.map(claim -> new ClaimRecord(claim.getIdeaId(), claim.getClaimedAt(), claim.getExpiresAt()))
					.toList());
	}

	record BureauRecord(List<NoteRecord> internalNotesWritten, List<ClaimRecord> itemsTaken) {
	}

	record NoteRecord(Long ideaId, String text, Instant writtenAt) {
	}

	record ClaimRecord(Long ideaId, Instant since, Instant until) {
	}

}
