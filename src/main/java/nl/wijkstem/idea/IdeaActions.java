package nl.wijkstem.idea;

import nl.wijkstem.audit.ModerationAction;

/**
 * The moderation actions on ideas, comments and reports.
 */
enum IdeaActions implements ModerationAction {

	PUBLISH("idea.publish"), REQUEST_CHANGES("idea.request_changes"), REJECT("idea.reject"), FILE("idea.file"),
	REVISE("idea.revise"), REDACT("idea.redact"), DUPLICATE("idea.duplicate"), DUPLICATE_UNDONE("idea.duplicateUndone"),
	STATUS("idea.status"), ANSWER("idea.answer"), HIDE("idea.hide"), UNHIDE("idea.unhide"), REVIEWED("idea.reviewed"),
	COLLECT("idea.collect"), ON_BALLOT("idea.ballot"), OFF_BALLOT("idea.ballotOff"), CHOSEN("idea.chosen"),
	COMMENT_HIDE("comment.hide"), COMMENT_UNHIDE("comment.unhide"), REPORT_DISMISS("report.dismiss"),
	REPORT_UPHOLD("report.uphold");

	private final String code;

	IdeaActions(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

	static IdeaActions of(ModerationDecision decision) {
		return switch (decision) {
			case PUBLISH -> PUBLISH;
			case REQUEST_CHANGES -> REQUEST_CHANGES;
			case REJECT -> REJECT;
		};
	}

}
