package nl.wijkstem.account;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LetterCodesTest {

	private final LetterCodes codes = new LetterCodes(new SubjectHasher("a-test-key-of-sufficient-length"));

	@Test
	void generatedCodes_areTwelveUnambiguousCharactersInGroupsOfFour_andDiffer() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String code = codes.generate();
			assertThat(code).matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
			seen.add(code);
		}
		assertThat(seen).hasSize(1000);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "K7QM-3XRT-9CWE", "k7qm3xrt9cwe", " k7qm 3xrt 9cwe ", "K7QM–3XRT–9CWE", "K7Q M3X-RT9 CWE" })
	void typedCodes_ignoreCaseSpacesAndDashes(String typed) {
		assertThat(LetterCodes.normalise(typed)).contains("K7QM3XRT9CWE");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "", "K7QM-3XRT-9CW", "K7QM-3XRT-9CWEX", "K7QM-3XRT-9CW0", "K7QM-3XRT-9CWI", "K7QM-3XRT-9CW!" })
	void impossibleCodes_areNotCodes(String typed) {
		assertThat(LetterCodes.normalise(typed)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "K7QM-3XRT-9CW0|residency.error.codeLookAlike|0",
			"k7qm-ixrt-9cwo|residency.error.codeLookAlike|I O", "K7QM-3XRT-9C0W1|residency.error.codeLookAlike|0 1",
			"K7QM-3XRT-9CW!|residency.error.codeSigns|!", "K7QM-3XRT-9CW|residency.error.codeFormat|12 11",
			"K7QM-3XRT-9CWEX|residency.error.codeFormat|12 13" })
	void whyNotACode_saysWhatIsWrong_notOnlyTheLength(String typed, String messageKey, String arguments) {
		LetterCodes.Malformed why = LetterCodes.whyNotACode(typed);

		assertThat(why.messageKey()).isEqualTo(messageKey);
		assertThat(java.util.Arrays.stream(why.arguments())
			.map(String::valueOf)
			.collect(java.util.stream.Collectors.joining(" "))).isEqualTo(arguments);
	}

	@Test
	void hash_isKeyed_andNeverTheCode() {
		String hash = codes.hash("K7QM3XRT9CWE");

		assertThat(hash).hasSize(64).doesNotContain("K7QM3XRT9CWE");
		assertThat(new LetterCodes(new SubjectHasher("another-key-of-sufficient-length")).hash("K7QM3XRT9CWE"))
			.isNotEqualTo(hash);
	}

}
