package nl.wijkstem.audit;

/**
 * Someone who acted, as the trail knows them.
 *
 * @param accountId their account, {@code null} when they acted without one
 * @param name the name they had when they last acted (user text); empty when unknown
 */
public record AuditActor(Long accountId, String name) {
}
