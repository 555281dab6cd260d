package nl.wijkstem.consultation;

/** A link from a consultation's outcome to what came of it, by number. */
public record OutcomeLink(OutcomeLinkKind kind, Long targetId) {
}
