package nl.wijkstem.notification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeRepository extends JpaRepository<Notice, Long> {

	List<Notice> findTop50ByRecipientIdOrderByCreatedAtDescIdDesc(Long recipientId);

	List<Notice> findByRecipientIdOrderByCreatedAtAscIdAsc(Long recipientId);

	long countByRecipientIdAndReadAtIsNull(Long recipientId);

	List<Notice> findByRecipientIdAndReadAtIsNull(Long recipientId);

}
