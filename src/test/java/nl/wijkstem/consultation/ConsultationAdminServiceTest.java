package nl.wijkstem.consultation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;

import nl.wijkstem.base.Languages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ApplicationTest
class ConsultationAdminServiceTest {

	@Autowired
	ConsultationAdminService admin;

	@Autowired
	ProgrammeService programme;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@BeforeEach
	void signInAsModerator() {
		demo.signIn("moderator");
	}

	private ConsultationForm form(String title) {
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		ProgrammeOverview overview = programme.overview(Languages.DUTCH);
		return new ConsultationForm(title, title + " (en)", "Wat vind jij van de straat?", "", "Dank je wel!", "",
				overview.goals().getFirst().id(), Set.of(overview.themes().getFirst().id()),
				now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(12)),
				Audience.SIGNED_IN, true);
	}

	private static QuestionForm question(QuestionKind kind, String text, Long condition, String... options) {
		return new QuestionForm(kind, text, "", "", "", true, null, null, null, null, null, null, condition,
				List.of(options).stream().map(label -> new QuestionForm.OptionLabel(label, label + " (en)")).toList());
	}

	private static QuestionForm scale(Integer max, String low, String high) {
		return new QuestionForm(QuestionKind.SCALE, "Hoe veilig voel je je?", "", "", "", true, null, max, low, "",
				high, "", null, List.of());
	}

	private Rejection rejection(Runnable action) {
		try {
			action.run();
		}
		catch (Rejection rejected) {
			return rejected;
		}
		throw new AssertionError("expected a rejection");
	}

	private EditableConsultation.EditableQuestion questionOf(Long consultationId, Long questionId) {
		return admin.edit(consultationId)
			.questions()
			.stream()
			.filter(question -> question.id().equals(questionId))
			.findFirst()
			.orElseThrow();
	}

	private void answerCameIn(Long consultationId) {
		new ConsultationRows(JdbcClient.create(jdbc)).responseRow(consultationId, null, false, clock.instant());
	}

	private long auditEntries(Long consultationId, String action) {
		return jdbc.queryForObject(
				"select count(*) from audit_entry where subject_type = 'consultation' and subject_id = ? and action_code = ?",
				Long.class, consultationId, action);
	}

	@Test
	void create_isADraft_listedForStaff_withItsSettings() {
		ConsultationForm form = form("Veilig over straat " + System.nanoTime());

		Long id = admin.create(form);

		EditableConsultation editable = admin.edit(id);
		assertThat(editable.phase()).isEqualTo(ConsultationPhase.DRAFT);
		assertThat(editable.answered()).isFalse();
		assertThat(editable.form()).isEqualTo(form);
		assertThat(admin.all(Languages.DUTCH)).anySatisfy(summary -> {
			assertThat(summary.id()).isEqualTo(id);
			assertThat(summary.phase()).isEqualTo(ConsultationPhase.DRAFT);
		});
	}

	@Test
	void create_withEmptyTexts_aWrongPeriod_andUnknownGoalAndTheme_namesEveryField() {
		ConsultationForm good = form("x");
		ConsultationForm bad = new ConsultationForm(" ", "", "", "", "x".repeat(2001), "", 999_999L, Set.of(999_999L),
				good.closesAt(), good.opensAt(), good.resultsAt(), Audience.RESIDENTS, false);

		Rejection rejected = rejection(() -> admin.create(bad));

		assertThat(Problems.of(rejected)).containsExactlyInAnyOrder("titleNl: consultation.error.fieldRequired",
				"introNl: consultation.error.fieldRequired", "closingNl: consultation.error.fieldTooLong [2000]",
				"dates: consultation.error.datesOrder", "goal: consultation.error.goalUnknown",
				"themes: consultation.error.themeUnknown");
	}

	@Test
	void resultsBeforeClosing_isRefused_resultsAtClosing_isAccepted() {
		ConsultationForm good = form("Periode " + System.nanoTime());
		ConsultationForm early = new ConsultationForm(good.titleNl(), "", good.introNl(), "", "", "", null, Set.of(),
				good.opensAt(), good.closesAt(), good.closesAt().minusSeconds(60), Audience.SIGNED_IN, true);
		ConsultationForm atClosing = new ConsultationForm(good.titleNl(), "", good.introNl(), "", "", "", null,
				Set.of(), good.opensAt(), good.closesAt(), good.closesAt(), Audience.SIGNED_IN, true);

		assertThat(Problems.of(rejection(() -> admin.create(early))))
			.containsExactly("dates: consultation.error.datesOrder");
		assertThat(admin.create(atClosing)).isNotNull();
	}

	@Test
	void questions_areCheckedPerKind() {
		Long id = admin.create(form("Soorten " + System.nanoTime()));

		assertThat(Problems
			.of(rejection(() -> admin.addQuestion(id, question(QuestionKind.SINGLE_CHOICE, "Welke?", null, "Een")))))
			.containsExactly("options: consultation.error.optionsTooFew");
		assertThat(
				Problems.of(rejection(() -> admin.addQuestion(id, question(QuestionKind.RANKING, "", null, "A", " ")))))
			.containsExactlyInAnyOrder("textNl: consultation.error.fieldRequired",
					"options: consultation.error.optionEmpty");
		assertThat(Problems.of(rejection(() -> admin.addQuestion(id, scale(7, "", "Heel veilig")))))
			.containsExactlyInAnyOrder("scale: consultation.error.scaleChoice",
					"lowLabel: consultation.error.fieldRequired");
		QuestionForm tooMany = new QuestionForm(QuestionKind.MULTIPLE_CHOICE, "Welke?", "", "", "", false, 3, null,
				null, null, null, null, null,
				List.of(new QuestionForm.OptionLabel("A", ""), new QuestionForm.OptionLabel("B", "")));
		assertThat(Problems.of(rejection(() -> admin.addQuestion(id, tooMany))))
			.containsExactly("maxChoices: consultation.error.maxChoices");

		Long scaleId = admin.addQuestion(id, scale(10, "Onveilig", "Heel veilig"));
		Long choice = admin.addQuestion(id, question(QuestionKind.MULTIPLE_CHOICE, "Welke?", null, "A", "B", "C"));

		assertThat(admin.edit(id).questions()).extracting(EditableConsultation.EditableQuestion::id)
			.containsExactly(scaleId, choice);
		assertThat(questionOf(id, scaleId).form().scaleMax()).isEqualTo(10);
		assertThat(questionOf(id, choice).form().options()).extracting(QuestionForm.OptionLabel::nl)
			.containsExactly("A", "B", "C");
	}

	@Test
	void proposal_getsYesNoAndNoOpinion_inBothLanguages_whateverOptionsAreSent() {
		Long id = admin.create(form("Voorstel " + System.nanoTime()));

		Long proposal = admin.addQuestion(id,
				question(QuestionKind.PROPOSAL, "Een bankje bij de speeltuin", null, "X"));

		assertThat(questionOf(id, proposal).form().options()).containsExactly(new QuestionForm.OptionLabel("Ja", "Yes"),
				new QuestionForm.OptionLabel("Nee", "No"), new QuestionForm.OptionLabel("Geen mening", "No opinion"));
		// changing its text keeps the same three options (conditions may point at them)
		List<Long> before = questionOf(id, proposal).optionIds();
		admin.updateQuestion(proposal, question(QuestionKind.PROPOSAL, "Twee bankjes bij de speeltuin", null));
		assertThat(questionOf(id, proposal).optionIds()).isEqualTo(before);
		// a choice of three turned into a proposal gets the proposal's own three
		Long choice = admin.addQuestion(id, question(QuestionKind.SINGLE_CHOICE, "Welke?", null, "A", "B", "C"));
		admin.updateQuestion(choice, question(QuestionKind.PROPOSAL, "Een bankje bij het plein", null));
		assertThat(questionOf(id, choice).form().options()).extracting(QuestionForm.OptionLabel::nl)
			.containsExactly("Ja", "Nee", "Geen mening");
	}

	@Test
	void conditions_pointAtAnEarlierChoiceOrProposal_oneLevelOnly() {
		Long id = admin.create(form("Voorwaarden " + System.nanoTime()));
		Long walks = admin.addQuestion(id,
				question(QuestionKind.SINGLE_CHOICE, "Loop je 's avonds?", null, "Ja", "Nee"));
		Long ranking = admin.addQuestion(id, question(QuestionKind.RANKING, "Wat eerst?", null, "A", "B"));
		Long yes = questionOf(id, walks).optionIds().getFirst();
		Long rankOption = questionOf(id, ranking).optionIds().getFirst();

		assertThat(Problems
			.of(rejection(() -> admin.addQuestion(id, question(QuestionKind.SHORT_TEXT, "Waarom?", rankOption)))))
			.containsExactly("condition: consultation.error.conditionKind");
		Long where = admin.addQuestion(id, question(QuestionKind.SINGLE_CHOICE, "Waar?", yes, "Park", "Plein"));
		Long park = questionOf(id, where).optionIds().getFirst();
		assertThat(questionOf(id, where).conditionQuestionId()).isEqualTo(walks);
		assertThat(Problems
			.of(rejection(() -> admin.addQuestion(id, question(QuestionKind.SHORT_TEXT, "Hoe laat?", park)))))
			.containsExactly("condition: consultation.error.conditionNested");
		// an option of a later question: the earlier question cannot depend on it
		assertThat(Problems.of(rejection(() -> admin.updateQuestion(walks,
				question(QuestionKind.SINGLE_CHOICE, "Loop je 's avonds?", park, "Ja", "Nee")))))
			.containsExactly("condition: consultation.error.conditionNested");
		admin.updateQuestion(ranking, question(QuestionKind.RANKING, "Wat eerst?", yes, "A", "B"));
		assertThat(questionOf(id, ranking).conditionQuestionId()).isEqualTo(walks);
	}

	@Test
	void aQuestionOthersDependOn_cannotLoseTheOption_norBeMovedBelow_norRemoved() {
		Long id = admin.create(form("Afhankelijk " + System.nanoTime()));
		Long walks = admin.addQuestion(id, question(QuestionKind.SINGLE_CHOICE, "Loop je?", null, "Ja", "Nee", "Soms"));
		Long sometimes = questionOf(id, walks).optionIds().get(2);
		Long why = admin.addQuestion(id, question(QuestionKind.LONG_TEXT, "Waarom soms?", sometimes));

		assertThat(Problems.of(rejection(() -> admin.updateQuestion(walks,
				question(QuestionKind.SINGLE_CHOICE, "Loop je?", null, "Ja", "Nee")))))
			.containsExactly("options: consultation.error.conditionInUse");
		assertThat(Problems
			.of(rejection(() -> admin.updateQuestion(walks, question(QuestionKind.SHORT_TEXT, "Loop je?", null)))))
			.contains("kind: consultation.error.conditionInUse");
		assertThat(Problems.of(rejection(() -> admin.moveQuestion(why, -1))))
			.containsExactly("question-" + why + ": consultation.error.conditionOrder");
		assertThat(Problems.of(rejection(() -> admin.removeQuestion(walks))))
			.containsExactly("question-" + walks + ": consultation.error.conditionInUse");

		admin.removeQuestion(why);
		admin.removeQuestion(walks);
		assertThat(admin.edit(id).questions()).isEmpty();
	}

	@Test
	void moving_swapsNeighbours_andStopsAtTheEnds() {
		Long id = admin.create(form("Volgorde " + System.nanoTime()));
		Long first = admin.addQuestion(id, question(QuestionKind.SHORT_TEXT, "Een", null));
		Long second = admin.addQuestion(id, question(QuestionKind.SHORT_TEXT, "Twee", null));
		Long third = admin.addQuestion(id, question(QuestionKind.SHORT_TEXT, "Drie", null));

		admin.moveQuestion(third, -1);
		admin.moveQuestion(first, -1);
		admin.moveQuestion(third, 1);

		assertThat(admin.edit(id).questions()).extracting(EditableConsultation.EditableQuestion::id)
			.containsExactly(first, second, third);
		admin.moveQuestion(first, 1);
		assertThat(admin.edit(id).questions()).extracting(EditableConsultation.EditableQuestion::id)
			.containsExactly(second, first, third);
	}

	@Test
	void publish_needsAQuestion_thenShowsItToResidents_andIsLogged() {
		Long id = admin.create(form("Publiceren " + System.nanoTime()));
		admin.addQuestion(id, new QuestionForm(QuestionKind.SECTION, "Over je straat", "", "", "", false, null, null,
				null, null, null, null, null, List.of()));

		assertThat(Problems.of(rejection(() -> admin.publish(id)))).containsExactly("consultation.error.noQuestions");
		admin.addQuestion(id, question(QuestionKind.SHORT_TEXT, "Wat mis je?", null));
		admin.publish(id);
		admin.publish(id);

		assertThat(admin.edit(id).phase()).isEqualTo(ConsultationPhase.UPCOMING);
		assertThat(auditEntries(id, "consultation.publish")).isEqualTo(1);
		assertThat(admin.preview(id, Locale.ENGLISH).questions()).hasSize(2);
	}

	@Test
	void afterTheFirstAnswer_questionsAreFrozen_butTextsCanBeCorrected_andThatIsLogged() {
		Long id = admin.create(form("Bevroren " + System.nanoTime()));
		Long choice = admin.addQuestion(id,
				question(QuestionKind.SINGLE_CHOICE, "Welke speeltuin?", null, "Noord", "Zuid"));
		Long text = admin.addQuestion(id, question(QuestionKind.SHORT_TEXT, "Waarom?", null));
		admin.publish(id);
		answerCameIn(id);

		assertThat(admin.edit(id).answered()).isTrue();
		assertThat(
				Problems.of(rejection(() -> admin.addQuestion(id, question(QuestionKind.SHORT_TEXT, "Nog een", null)))))
			.containsExactly("consultation.error.frozen");
		assertThat(Problems.of(rejection(() -> admin.moveQuestion(text, -1))))
			.containsExactly("question-" + text + ": consultation.error.frozen");
		assertThat(Problems.of(rejection(() -> admin.removeQuestion(text))))
			.containsExactly("question-" + text + ": consultation.error.frozen");
		QuestionForm notRequired = new QuestionForm(QuestionKind.SHORT_TEXT, "Waarom?", "", "", "", false, null, null,
				null, null, null, null, null, List.of());
		assertThat(Problems.of(rejection(() -> admin.updateQuestion(text, notRequired))))
			.containsExactly("consultation.error.frozen");
		assertThat(Problems.of(rejection(() -> admin.updateQuestion(choice,
				question(QuestionKind.SINGLE_CHOICE, "Welke speeltuin?", null, "Noord", "Zuid", "Oost")))))
			.containsExactly("consultation.error.frozen");
		assertThat(Problems.of(rejection(() -> admin.update(id,
				new ConsultationForm("Bevroren", "", "Intro", "", "", "", null, Set.of(), form("x").opensAt(),
						form("x").closesAt(), form("x").resultsAt(), Audience.RESIDENTS, true)))))
			.containsExactly("consultation.error.answeredRules");

		List<Long> options = questionOf(id, choice).optionIds();
		admin.updateQuestion(choice,
				question(QuestionKind.SINGLE_CHOICE, "Welke speeltuin vind je het fijnst?", null, "Noord", "Zuidpark"));

		EditableConsultation.EditableQuestion corrected = questionOf(id, choice);
		assertThat(corrected.form().textNl()).isEqualTo("Welke speeltuin vind je het fijnst?");
		assertThat(corrected.form().options()).extracting(QuestionForm.OptionLabel::nl)
			.containsExactly("Noord", "Zuidpark");
		assertThat(corrected.optionIds()).isEqualTo(options);
		assertThat(auditEntries(id, "consultation.correctText")).isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"select state_before || ' -> ' || state_after from audit_entry where subject_id = ? and action_code = ?",
				String.class, id, "consultation.correctText"))
			.contains("Welke speeltuin?")
			.contains("Welke speeltuin vind je het fijnst?")
			.contains("Zuidpark");
		// the same texts again: nothing changed, nothing logged
		admin.updateQuestion(choice,
				question(QuestionKind.SINGLE_CHOICE, "Welke speeltuin vind je het fijnst?", null, "Noord", "Zuidpark"));
		assertThat(auditEntries(id, "consultation.correctText")).isEqualTo(1);
	}

	@Test
	void images_areCheckedByContent_andShownToEveryoneOnlyOncePublished() throws IOException {
		Long id = admin.create(form("Afbeelding " + System.nanoTime()));
		Long question = admin.addQuestion(id, question(QuestionKind.SHORT_TEXT, "Wat zie je?", null));

		assertThat(Problems
			.of(rejection(() -> admin.showImage(question, "GIF89a not an image".getBytes(), "Een plein", ""))))
			.containsExactly("image: consultation.error.imageType");
		byte[] png = png();
		assertThat(Problems.of(rejection(() -> admin.showImage(question, png, " ", ""))))
			.containsExactly("imageAltNl: consultation.error.fieldRequired");
		assertThat(Problems.of(rejection(() -> admin.showImage(question, new byte[3 * 1024 * 1024], "Een plein", ""))))
			.containsExactly("image: consultation.error.imageTooLarge [2]");
		byte[] truncated = java.util.Arrays.copyOf(png(), 40);
		assertThat(Problems.of(rejection(() -> admin.showImage(question, truncated, "Een plein", ""))))
			.containsExactly("image: consultation.error.imageUnreadable");

		admin.showImage(question, png(), "Een plein met bomen", "A square with trees");
		EditableConsultation.EditableQuestion shown = questionOf(id, question);
		Long imageId = shown.imageId();
		assertThat(shown.imageAltNl()).isEqualTo("Een plein met bomen");
		assertThat(admin.image(imageId)).hasValueSatisfying(file -> {
			assertThat(file.contentType()).isEqualTo("image/png");
			assertThat(file.bytes()).startsWith((byte) 0x89, (byte) 'P');
		});
		SignIn.out();
		assertThat(admin.image(imageId)).isEmpty();
		demo.signIn("kees");
		assertThat(admin.image(imageId)).isEmpty();
		demo.signIn("moderator");
		admin.publish(id);
		SignIn.out();
		assertThat(admin.image(imageId)).isPresent();
		demo.signIn("moderator");
		admin.removeImage(question);
		assertThat(admin.image(imageId)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from consultation_image where id = ?", Long.class, imageId))
			.isZero();
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0x336699);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	@Test
	void residentsAndVisitors_mayNotBuildConsultations() {
		Long id = admin.create(form("Toegang " + System.nanoTime()));
		ConsultationForm form = form("Toegang");

		demo.signIn("kees");
		assertThatThrownBy(() -> admin.create(form)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> admin.all(Languages.DUTCH)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> admin.edit(id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> admin.preview(id, Languages.DUTCH)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> admin.publish(id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> admin.addQuestion(id, question(QuestionKind.SHORT_TEXT, "Hoi", null)))
			.isInstanceOf(AccessDeniedException.class);
		SignIn.out();
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> admin.update(id, form));
		demo.signIn("beheerder");
		admin.update(id, form);
		assertThat(admin.edit(id).form().titleNl()).isEqualTo("Toegang");
	}

}
