package nl.wijkstem.voting;

/**
 * A round in the administrators' form.
 *
 * @param version the version shown, for the "changed meanwhile" check
 * @param frozen whether voting opened, so only the texts can still change
 */
public record EditableRound(Long id, int version, RoundForm form, boolean frozen) {
}
