package nl.wijkstem.moderation;

/**
 * A moderator dissolved a group of ideas; its ideas stay, the group is gone (and so is
 * following it).
 */
public record GroupDissolved(Long groupId) {
}
