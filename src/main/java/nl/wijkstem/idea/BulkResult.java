package nl.wijkstem.idea;

/**
 * What a bulk action did.
 *
 * @param done how many ideas it changed
 * @param skipped how many it left alone because they changed meanwhile or did not fit
 */
public record BulkResult(int done, int skipped) {
}
