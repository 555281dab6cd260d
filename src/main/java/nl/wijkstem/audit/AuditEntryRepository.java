package nl.wijkstem.audit;

import org.springframework.data.repository.Repository;

/**
 * Appends to the audit trail; nothing else. Reading goes through {@link AuditQueries}.
 */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

}
