package nl.wijkstem.consultation;

import java.util.List;

/**
 * A consultation's page for the person reading it.
 *
 * @param me what the reader may do, and what they did
 */
public record ConsultationPage(ConsultationDetails details, Participation me) {

	/**
	 * The reader's place in the consultation.
	 *
	 * @param signedIn whether they are signed in
	 * @param mayAnswer whether they may answer now (open, signed in, in the audience, and
	 * not answered yet, or answered in a named consultation)
	 * @param refusal why they may not answer, as a translation key, or {@code null} (e.g.
	 * {@code consultation.refusal.notVerified})
	 * @param answered whether they have answered
	 * @param mayChange whether they may still change their answer (named, open)
	 * @param answers the answers to show in the form: their draft, else their stored
	 * answer in a named consultation, else empty
	 */
	public record Participation(boolean signedIn, boolean mayAnswer, String refusal, boolean answered,
			boolean mayChange, List<AnswerInput> answers) {

		public Participation {
			answers = answers == null ? List.of() : List.copyOf(answers);
		}

	}

}
