package nl.wijkstem.account;

import java.util.List;

/**
 * An address as typed breaks the rules; each problem names the part that is wrong.
 * Nothing was changed.
 */
public class InvalidAddressException extends ResidencyRejectedException {

	private final transient List<AddressProblem> problems;

	public InvalidAddressException(List<AddressProblem> problems) {
		super(problems.getFirst().messageKey(), problems.getFirst().arguments());
		this.problems = List.copyOf(problems);
	}

	public List<AddressProblem> problems() {
		return problems;
	}

}
