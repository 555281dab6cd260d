package nl.wijkstem.notification;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NoticeRepository extends JpaRepository<Notice, Long> {

	/** The latest written first (a clock never decides: ids only grow). */
	List<Notice> findTop50ByRecipientIdOrderByIdDesc(Long recipientId);

	List<Notice> findByRecipientIdOrderByCreatedAtAscIdAsc(Long recipientId);

	long countByRecipientIdAndReadAtIsNull(Long recipientId);

	long countByRecipientId(Long recipientId);

	List<Notice> findByRecipientIdAndReadAtIsNull(Long recipientId);

	/**
	 * Gives the notices about an idea its new title where they named it by an earlier
	 * one. The version goes up, so a resident's concurrent "mark as read" cannot write
	 * the old subject back.
	 * @param link the idea's link; a duplicate's notice links to the original instead, so
	 * those are found by their message key
	 */
	@Modifying
	@Query("""
			update Notice n set n.subject = :title, n.version = n.version + 1
			where n.subject in :earlier and (n.link = :link or n.messageKey = :duplicateKey)""")
	int renameSubject(@Param("earlier") Collection<String> earlierTitles, @Param("title") String title,
			@Param("link") String link, @Param("duplicateKey") String duplicateKey);

}
