package nl.wijkstem.base;

import java.util.Objects;

/**
 * Something a resident can follow, named by kind and number. It lives in the shared
 * kernel so that the pages of every module can offer a follow button
 * ({@code base.ui.FollowButtons}) and publish what happened to their things without
 * depending on the notification module, which itself listens to those modules.
 */
public record FollowTarget(Type type, Long id) {

	public enum Type {

		IDEA, GROUP, GOAL, THEME, ROUND, CONSULTATION

	}

	public FollowTarget {
		Objects.requireNonNull(type);
		Objects.requireNonNull(id);
	}

	public static FollowTarget idea(Long id) {
		return new FollowTarget(Type.IDEA, id);
	}

	public static FollowTarget group(Long id) {
		return new FollowTarget(Type.GROUP, id);
	}

	public static FollowTarget goal(Long id) {
		return new FollowTarget(Type.GOAL, id);
	}

	public static FollowTarget theme(Long id) {
		return new FollowTarget(Type.THEME, id);
	}

	public static FollowTarget round(Long id) {
		return new FollowTarget(Type.ROUND, id);
	}

	public static FollowTarget consultation(Long id) {
		return new FollowTarget(Type.CONSULTATION, id);
	}

}
