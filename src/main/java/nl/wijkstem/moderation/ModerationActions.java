package nl.wijkstem.moderation;

import nl.wijkstem.audit.ModerationAction;

/**
 * The moderation actions on groups of ideas and on reason templates.
 */
enum ModerationActions implements ModerationAction {

	GROUP_CREATE("group.create"), GROUP_EDIT("group.edit"), GROUP_DISSOLVE("group.dissolve"),
	GROUP_ADD_IDEA("group.addIdea"), GROUP_MOVE_IDEA("group.moveIdea"), GROUP_REMOVE_IDEA("group.removeIdea"),
	GROUP_IDEA_LEFT("group.ideaLeft"), TEMPLATE_CREATE("reasonTemplate.create"),
	TEMPLATE_UPDATE("reasonTemplate.update"), TEMPLATE_DELETE("reasonTemplate.delete");

	private final String code;

	ModerationActions(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
