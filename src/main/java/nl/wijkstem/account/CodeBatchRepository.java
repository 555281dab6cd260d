package nl.wijkstem.account;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CodeBatchRepository extends JpaRepository<CodeBatch, Long> {

	List<CodeBatch> findAllByOrderByCreatedAtDesc();

}
