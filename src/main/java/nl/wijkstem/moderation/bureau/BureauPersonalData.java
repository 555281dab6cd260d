package nl.wijkstem.moderation.bureau;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.wijkstem.account.PersonalDataCount;
import nl.wijkstem.account.PersonalDataSource;
import nl.wijkstem.base.Translator;

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

	/**
	 * Only bureau staff write notes and take items: residents are not shown empty kinds.
	 */
	@Override
	public List<PersonalDataCount> counts(Long accountId) {
		List<PersonalDataCount> counts = new ArrayList<>();
		long notesWritten = notes.findByAuthorIdOrderByCreatedAtAscIdAsc(accountId).size();
		long itemsTaken = claims.findByHolderIdOrderByClaimedAtAsc(accountId).size();
		if (notesWritten > 0) {
			counts.add(new PersonalDataCount("myData.kept.internalNotes", notesWritten, null));
		}
		if (itemsTaken > 0) {
			counts.add(new PersonalDataCount("myData.kept.itemsTaken", itemsTaken, null));
		}
		return counts;
	}

	@Override
	public Object dataOf(Long accountId, Translator words) {
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
