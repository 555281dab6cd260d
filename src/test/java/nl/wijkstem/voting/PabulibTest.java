package nl.wijkstem.voting;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Wijkstem's rules on elections in the Pabulib format, against the result each file
 * records: {@code equalshares/add1} must come out as {@link SharesVariant#COST_ADD1},
 * {@code greedy} as the greedy rule. Every build checks two synthetic files whose results
 * were counted by hand; real Pabulib files (not shipped: their licences vary) are checked
 * when {@code -Dpabulib.dir} names a folder holding them, e.g. Assen 2024, whose official
 * Add1 result is projects 2, 3, 5, 6, 9, 11, 12, 13 and 14.
 */
class PabulibTest {

	/**
	 * 3 voters, budget 15 (5 each): project 1 (6) wanted by voter 1, 2 (8) by voters 2
	 * and 3, 3 (5) by voter 2. At 5 each only 2 is paid (4 each, rho per euro 1/2 against
	 * 3's 1); 7 is left, so Add1 tries 6 each: 2, then 1 (voter 1 pays 6); 3 cannot be
	 * paid (voter 2 has 2). 14 fits and nothing fits the 1 left: chosen 1 and 2. The
	 * greedy rule takes 2 (two votes), then 3 (one vote, cheaper than 1): 13; 1 no longer
	 * fits.
	 */
	@Test
	void syntheticFiles_comeOutAsCountedByHand() throws Exception {
		Path folder = Path.of(PabulibTest.class.getResource("/pabulib").toURI());
		Pabulib add1 = Pabulib.read(folder.resolve("wijkstem_synthetic_add1.pb"));
		Pabulib greedy = Pabulib.read(folder.resolve("wijkstem_synthetic_greedy.pb"));

		assertThat(add1.selected()).containsExactlyInAnyOrder("1", "2");
		assertThat(greedy.selected()).containsExactlyInAnyOrder("2", "3");
		assertThat(check(add1)).isTrue();
		assertThat(check(greedy)).isTrue();
	}

	@TestFactory
	Stream<DynamicTest> filesInThePabulibFolder_comeOutAsTheirRecordedResults() throws IOException {
		String dir = System.getProperty("pabulib.dir");
		assumeTrue(dir != null && !dir.isBlank(), "no -Dpabulib.dir given");
		List<Path> files;
		try (Stream<Path> walk = Files.walk(Path.of(dir))) {
			files = walk.filter(file -> file.toString().endsWith(".pb")).sorted().toList();
		}
		return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
			Pabulib election = Pabulib.read(file);
			boolean checked = check(election);
			if (!checked) {
				System.out.println("PabulibTest: not checked (rule '" + election.rule() + "'): " + file);
			}
		}));
	}

	/**
	 * Asserts the file's recorded result where its rule is one of ours.
	 * @return whether it was checked
	 */
	static boolean check(Pabulib election) {
		if (!election.approval() || election.selected().isEmpty()) {
			return false;
		}
		List<Tally.Candidate> candidates = election.candidates();
		long budget = election.budget();
		Set<String> ours;
		switch (election.rule()) {
			case "equalshares/add1" -> {
				Tally.EqualShares shares = Tally.equalShares(candidates, election.approvals(),
						election.ballots().size(), budget, SharesVariant.COST_ADD1);
				ours = election.ids(shares.chosen());
			}
			case "greedy" -> ours = election.ids(Tally.greedy(candidates, budget));
			default -> {
				return false;
			}
		}
		assertThat(ours).as(election.name() + " (" + election.rule() + ")")
			.containsExactlyInAnyOrderElementsOf(election.selected());
		return true;
	}

}
