package nl.wijkstem.moderation.bureau;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoteRepository extends JpaRepository<Note, Long> {

	List<Note> findByIdeaIdOrderByCreatedAtAscIdAsc(Long ideaId);

	List<Note> findByAuthorIdOrderByCreatedAtAscIdAsc(Long authorId);

}
