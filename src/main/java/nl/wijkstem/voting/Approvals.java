package nl.wijkstem.voting;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The non-empty ballots of a round in two int arrays, read once from the votes: per
 * ballot the indexes (in the candidate list) of the ideas it chose. No object per vote,
 * so 100,000 ballots of 200 ideas take about 50 MB, not a gigabyte of boxed numbers.
 */
final class Approvals {

	private final int[] ideas;

	private final int[] starts;

	private final int ballots;

	private Approvals(int[] ideas, int[] starts, int ballots) {
		this.ideas = ideas;
		this.starts = starts;
		this.ballots = ballots;
	}

	static Approvals of(List<int[]> ballots) {
		Builder builder = new Builder();
		for (int[] ballot : ballots) {
			for (int idea : ballot) {
				builder.add(idea);
			}
			builder.endBallot();
		}
		return builder.build();
	}

	/** The ballots that chose anything. */
	int ballots() {
		return ballots;
	}

	/** The ideas (candidate indexes) on a ballot. */
	IntStream ideas(int ballot) {
		return Arrays.stream(ideas, starts[ballot], starts[ballot + 1]);
	}

	/** Per candidate, the ballots (by index) that chose it, in ballot order. */
	int[][] supporters(int candidates) {
		int[] sizes = new int[candidates];
		int total = starts[ballots];
		for (int k = 0; k < total; k++) {
			sizes[ideas[k]]++;
		}
		int[][] supporters = new int[candidates][];
		for (int i = 0; i < candidates; i++) {
			supporters[i] = new int[sizes[i]];
		}
		int[] filled = new int[candidates];
		for (int ballot = 0; ballot < ballots; ballot++) {
			for (int k = starts[ballot]; k < starts[ballot + 1]; k++) {
				int idea = ideas[k];
				supporters[idea][filled[idea]++] = ballot;
			}
		}
		return supporters;
	}

	/** Collects ballots one vote at a time, as the votes stream from the database. */
	static final class Builder {

		private int[] ideas = new int[1024];

		private int[] starts = new int[256];

		private int size;

		private int ballots;

		void add(int idea) {
			if (size == ideas.length) {
				ideas = Arrays.copyOf(ideas, size * 2);
			}
			ideas[size++] = idea;
		}

		/** Closes the current ballot; an empty one is not kept. */
		void endBallot() {
			if (size == starts[ballots]) {
				return;
			}
			if (ballots + 2 > starts.length) {
				starts = Arrays.copyOf(starts, starts.length * 2);
			}
			starts[++ballots] = size;
		}

		Approvals build() {
			endBallot();
			return new Approvals(ideas, starts, ballots);
		}

	}

}
