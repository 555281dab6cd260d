package nl.wijkstem.moderation.bureau;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.Languages;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.idea.PublicIdeaService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureau's internal notes on an item ("belde de indiener, komt terug met een foto").
 * Only moderators and administrators read or write them: they are in no public view, in
 * none of the author's views or notices, and not in the author's download of their data.
 * They are the writer's personal data, so they are in the writer's download.
 */
@Service
@Transactional(readOnly = true)
public class NoteService {

	public static final int MAX_LENGTH = 2000;

	private final NoteRepository notes;

	private final PublicIdeaService ideas;

	private final AccountService accounts;

	private final Clock clock;

	NoteService(NoteRepository notes, PublicIdeaService ideas, AccountService accounts, Clock clock) {
		this.notes = notes;
		this.ideas = ideas;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The item's notes, oldest first. */
	@RolesAllowed(Roles.MODERATOR)
	public List<NoteView> notes(Long ideaId) {
		List<Note> found = notes.findByIdeaIdOrderByCreatedAtAscIdAsc(ideaId);
		Long me = accounts.currentAccountId().orElse(null);
		Map<Long, String> names = accounts
			.displayNames(found.stream().map(Note::getAuthorId).filter(Objects::nonNull).collect(Collectors.toSet()));
		return found.stream()
			.map(note -> new NoteView(note.getId(),
					note.getAuthorId() == null ? "" : names.getOrDefault(note.getAuthorId(), ""), note.getBody(),
					note.getCreatedAt(), me != null && me.equals(note.getAuthorId())))
			.toList();
	}

	/**
	 * @throws Rejection when the note is empty or too long, or the item is unknown;
	 * nothing is saved
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public Long add(Long ideaId, String text) {
		String body = text == null ? "" : text.strip().replace("\r\n", "\n");
		if (body.isEmpty()) {
			throw new Rejection("moderation.notes.error.empty");
		}
		if (body.length() > MAX_LENGTH) {
			throw new Rejection("moderation.notes.error.tooLong", MAX_LENGTH);
		}
		if (ideas.idea(ideaId, Languages.DUTCH).isEmpty()) {
			throw new Rejection("idea.error.notFound");
		}
		Long me = accounts.currentAccountId()
			.orElseThrow(() -> new IllegalStateException("A moderator without an account cannot write notes"));
		return notes.save(new Note(ideaId, me, body, clock.instant())).getId();
	}

	/** Deletes a note its writer no longer wants kept. Only the writer may. */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void delete(Long noteId) {
		Long me = accounts.currentAccountId().orElse(null);
		Note note = notes.findById(noteId).orElseThrow(() -> new Rejection("moderation.notes.error.gone"));
		if (me == null || !me.equals(note.getAuthorId())) {
			throw new Rejection("moderation.notes.error.notYours");
		}
		notes.delete(note);
	}

}
