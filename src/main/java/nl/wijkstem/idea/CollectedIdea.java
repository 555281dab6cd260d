package nl.wijkstem.idea;

/**
 * An idea a resident gave on paper, by phone or at a neighbourhood evening, as a
 * moderator types it in.
 *
 * @param collectedAt where and when, e.g. "Buurtavond De Wereldwijzer, 12 november"
 * @param residentName the resident's name if they want it shown, else empty
 */
public record CollectedIdea(IdeaDraft content, String collectedAt, String residentName) {
}
