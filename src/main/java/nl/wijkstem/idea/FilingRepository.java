package nl.wijkstem.idea;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The reads the filing suggestion needs: only texts and filings, never whole ideas.
 */
interface FilingRepository extends Repository<Idea, Long> {

	@Query("""
			select new nl.wijkstem.idea.IdeaText(i.id, i.title, i.description) from Idea i
			where i.id = :id and i.status <> nl.wijkstem.idea.IdeaStatus.DRAFT""")
	Optional<IdeaText> findText(@Param("id") Long ideaId);

	/**
	 * Every idea a moderator filed, one row per filed theme (one row without a theme when
	 * it has none), in order of idea id: rows of one idea follow each other.
	 */
	@Query("""
			select new nl.wijkstem.idea.FiledIdeaRow(i.id, i.title, i.description, i.goalId, t)
			from Idea i left join i.assignedThemes t
			where i.goalId is not null and i.reviewed = true
			order by i.id""")
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "1000"))
	Stream<FiledIdeaRow> streamFiled();

	/** The rows of {@link #streamFiled()} for one idea; none when it is not filed. */
	@Query("""
			select new nl.wijkstem.idea.FiledIdeaRow(i.id, i.title, i.description, i.goalId, t)
			from Idea i left join i.assignedThemes t
			where i.id = :id and i.goalId is not null and i.reviewed = true""")
	List<FiledIdeaRow> findFiled(@Param("id") Long ideaId);

}
