package nl.wijkstem.consultation;

import java.util.Arrays;
import java.util.List;

import nl.wijkstem.base.Rejection;

/**
 * A rejection's problems as text to compare ({@link Rejection.Problem} holds an array,
 * which records compare by identity): {@code "field: key"}, with the arguments in
 * brackets when there are any.
 */
final class Problems {

	private Problems() {
	}

	static List<String> of(Rejection rejection) {
		return of(rejection.problems());
	}

	static List<String> of(List<Rejection.Problem> problems) {
		return problems.stream()
			.map(problem -> problem
					+ (problem.arguments().length == 0 ? "" : " " + Arrays.toString(problem.arguments())))
			.toList();
	}

}
