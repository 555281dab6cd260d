package nl.wijkstem.notification;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
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
	 * The unread notices a new one may join, locked until the joining transaction ends:
	 * news about one round reaches a resident on several threads at once, and a join must
	 * read what the one before it wrote, not overwrite it.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	List<Notice> findByRecipientIdAndLinkAndMessageKeyInAndReadAtIsNullOrderByIdDesc(Long recipientId, String link,
			Collection<String> messageKeys);

	/**
	 * Gives ballot notices (which link to their round, not the idea) the idea's new title
	 * where they named it by an earlier one.
	 */
	@Modifying
	@Query("""
			update Notice n set n.subject = :title, n.version = n.version + 1
			where n.subject in :earlier and n.messageKey like 'notice.ballot.%'""")
	int renameBallotSubject(@Param("earlier") Collection<String> earlierTitles, @Param("title") String title);

	/**
	 * Names an idea by its new title inside notices that name several ideas (their
	 * subject lists the titles in quotes).
	 */
	@Modifying
	@Query("""
			update Notice n set n.subject = replace(n.subject, :earlier, :title), n.version = n.version + 1
			where n.messageKey like '%.several' and n.subject like concat('%', :earlier, '%')""")
	int renameInSeveral(@Param("earlier") String earlierQuoted, @Param("title") String titleQuoted);

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
