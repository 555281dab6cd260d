package nl.wijkstem.account;

import nl.wijkstem.base.Rejection;
import java.util.List;

/**
 * An address as typed breaks the rules; each problem names the part that is wrong.
 * Nothing was changed.
 */
public class InvalidAddressException extends Rejection {

	private final transient List<AddressProblem> problems;

	public InvalidAddressException(List<AddressProblem> problems) {
		super(problems.stream()
			.map(problem -> new Problem(problem.field().name(), problem.messageKey(), problem.arguments()))
			.toList());
		this.problems = List.copyOf(problems);
	}

	/** The problems by the part of the address they concern. */
	public List<AddressProblem> addressProblems() {
		return problems;
	}

}
