package nl.wijkstem.account;

/**
 * Someone of the programme bureau, as colleagues see them.
 *
 * @param displayName their name (user text: render as text)
 */
public record StaffMember(Long accountId, String displayName) {
}
