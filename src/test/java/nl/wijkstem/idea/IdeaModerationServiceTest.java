package nl.wijkstem.idea;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.idea.photo.OrientedJpegs;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.base.Languages;
import nl.wijkstem.notification.NoticeView;
import nl.wijkstem.notification.NotificationService;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ApplicationTest
class IdeaModerationServiceTest {

	private static final String PUBLISHED = "Bedankt voor je idee! Het staat nu op de website.";

	private static final String REASON = "De titel is korter en duidelijker gemaakt.";

	@Autowired
	IdeaService ideas;

	@Autowired
	IdeaDecisionService decisions;

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	ReportService reportService;

	@Autowired
	IdeaModerationService moderation;

	@Autowired
	CommentService comments;

	@Autowired
	NotificationService notifications;

	@Autowired
	PhotoService photos;

	@Autowired
	DemoUsers demo;

	@Autowired
	IdeaFixture fixture;

	@Test
	void revise_forClarity_keepsTheOldText_withWhoAndWhy_andTellsTheAuthor() {
		Long id = fixture.submittedBy("kees", "Bankje bij de bushalte, heel graag snel");
		demo.signIn("moderator");
		IdeaDetails before = details(id);

		moderation.revise(id, before.version(), "Bankje bij de bushalte", before.description(), "Bushalte",
				RevisionReason.CLARITY, REASON);
		decisions.decide(id, details(id).version(), ModerationDecision.PUBLISH, "");

		ModerationFacts facts = moderation.facts(id);
		assertThat(facts.revisions()).singleElement().satisfies(revision -> {
			assertThat(revision.titleBefore()).isEqualTo("Bankje bij de bushalte, heel graag snel");
			assertThat(revision.kind()).isEqualTo(RevisionReason.CLARITY);
			assertThat(revision.removed()).isEmpty();
			assertThat(revision.reason()).isEqualTo(REASON);
			assertThat(revision.editorName()).isNotBlank();
		});
		demo.signIn("kees");
		assertThat(details(id).title()).isEqualTo("Bankje bij de bushalte");
		assertThat(notices()).extracting(NoticeView::messageKey).contains("notice.outcome.REVISED");
	}

	@Test
	void revise_withoutAReasonOrWithoutChange_changesNothing() {
		Long id = fixture.submittedBy("kees", "Meer groen op het schoolplein graag");
		demo.signIn("moderator");
		IdeaDetails before = details(id);

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> moderation.revise(id, before.version(), "Nieuwe titel voor dit idee",
					before.description(), "", RevisionReason.CLARITY, "kort"))
			.satisfies(problem -> assertThat(problem.problems().getFirst().field()).isEqualTo("message"));
		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> moderation.revise(id, before.version(), before.title(), before.description(),
					before.locationText(), RevisionReason.CLARITY, REASON))
			.satisfies(problem -> assertThat(problem.problems().getFirst().messageKey())
				.isEqualTo("moderation.error.nothingChanged"));
		assertThat(details(id).title()).isEqualTo(before.title());
		assertThat(moderation.facts(id).revisions()).isEmpty();
	}

	@Test
	void markDuplicate_linksTheOriginal_keepsSupports_andInvitesTheAuthor() {
		Long original = fixture.publishedBy("fatima", "Grote bloembakken op het plein");
		Long duplicate = fixture.publishedBy("kees", "Bloembakken op het plein neerzetten");
		demo.signIn("fatima");
		ideas.support(duplicate);
		demo.signIn("moderator");

		moderation.markDuplicate(duplicate, details(duplicate).version(), original,
				"Dit idee bestaat al. Steun het andere idee, dan telt je stem mee.");

		SignIn.out();
		IdeaDetails marked = details(duplicate);
		assertThat(marked.status()).isEqualTo(IdeaStatus.DUPLICATE);
		assertThat(marked.duplicateOf().id()).isEqualTo(original);
		assertThat(marked.supportCount()).isEqualTo(1);
		assertThat(marked.openForSupport()).isFalse();
		assertThat(ids(publicIdeas.search(IdeaQuery.all(), 0, 1000, Languages.DUTCH))).doesNotContain(duplicate)
			.contains(original);
		demo.signIn("kees");
		assertThat(notices()).anySatisfy(notice -> {
			assertThat(notice.messageKey()).isEqualTo("notice.outcome.DUPLICATE");
			assertThat(notice.link()).isEqualTo("ideas/" + original);
		});
	}

	@Test
	void markDuplicate_ofAnIdeaThatIsNotOnline_isRefused() {
		Long waiting = fixture.submittedBy("kees", "Een idee dat nog wacht op controle");
		Long other = fixture.submittedBy("fatima", "Nog een idee dat wacht op controle");
		demo.signIn("moderator");

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> moderation.markDuplicate(other, details(other).version(), waiting,
					"Dit idee bestaat al, steun het andere."))
			.satisfies(problem -> assertThat(problem.problems().getFirst().field()).isEqualTo("original"));
		assertThat(details(other).status()).isEqualTo(IdeaStatus.SUBMITTED);
	}

	@Test
	void statusUpdate_andAnswer_showOnTheTimeline_forEveryone() {
		Long id = fixture.publishedBy("kees", "Nieuwe bankjes bij de sporthal");
		demo.signIn("fatima");
		ideas.support(id);
		demo.signIn("moderator");

		moderation.updateStatus(id, details(id).version(), IdeaStatus.IN_PROGRESS,
				"De gemeente plaatst in maart vier nieuwe lantaarnpalen.");
		moderation.answer(id, "Bedankt voor je idee. We nemen het mee in het plan voor de Krabbeplas.");

		SignIn.out();
		IdeaDetails seen = details(id);
		assertThat(seen.status()).isEqualTo(IdeaStatus.IN_PROGRESS);
		assertThat(seen.history()).extracting(IdeaDetails.StatusStep::kind)
			.containsSubsequence(TimelineKind.STATUS, TimelineKind.ANSWER);
		assertThat(seen.history().getLast().note()).startsWith("Bedankt voor je idee");
		assertThat(ids(publicIdeas.search(IdeaQuery.all(), 0, 1000, Languages.DUTCH))).contains(id);
		demo.signIn("fatima");
		assertThat(notices()).filteredOn(notice -> notice.link().equals("ideas/" + id))
			.extracting(NoticeView::messageKey)
			.containsOnly("notice.supported");
	}

	@Test
	void realised_withPhotos_showsThemWithTheUpdate_notInTheAuthorsGallery() throws IOException {
		Long id = fixture.publishedBy("kees", "Nieuw hek om het hondenveld");
		demo.signIn("moderator");
		UpdatePhoto photo = new UpdatePhoto("hek.jpg", jpeg(), "Het nieuwe groene hek om het hondenveld");

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> moderation.updateStatus(id, details(id).version(), IdeaStatus.UNDER_CONSIDERATION,
					"We kijken ernaar met de gemeente.", List.of(photo)))
			.satisfies(problem -> assertThat(problem.problems().getFirst().field()).isEqualTo("photos"));
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> moderation.updateStatus(id, details(id).version(),
				IdeaStatus.REALISED, "Het hek staat er.", List.of(new UpdatePhoto("hek.jpg", jpeg(), " "))));
		moderation.updateStatus(id, details(id).version(), IdeaStatus.REALISED,
				"Het hek staat er sinds vorige week. Bedankt voor het idee!", List.of(photo));

		SignIn.out();
		IdeaDetails realised = details(id);
		assertThat(realised.history().getLast().photos()).singleElement()
			.satisfies(shown -> assertThat(shown.altText()).isEqualTo("Het nieuwe groene hek om het hondenveld"));
		assertThat(photos.photos(id)).isEmpty();
		assertThat(photos.file(realised.history().getLast().photos().getFirst().id())).isPresent();
	}

	@Test
	void progressPhotoFromAPhoneHeldUpright_isStoredUpright() {
		Long id = fixture.publishedBy("kees", "Nieuwe bomen op het plein");
		demo.signIn("moderator");

		moderation.updateStatus(id, details(id).version(), IdeaStatus.REALISED, "De bomen staan er.",
				List.of(new UpdatePhoto("boom.jpg", OrientedJpegs.jpeg(800, 600, 6), "Twee jonge bomen op het plein")));

		SignIn.out();
		PhotoView shown = details(id).history().getLast().photos().getFirst();
		BufferedImage stored = OrientedJpegs.read(photos.file(shown.id()).orElseThrow().bytes());
		assertThat(stored.getWidth()).isEqualTo(600);
		assertThat(stored.getHeight()).isEqualTo(800);
		assertThat(OrientedJpegs.cornerOf(stored, Color.RED)).isEqualTo(OrientedJpegs.Corner.TOP_RIGHT);
	}

	@Test
	void statusUpdate_ofAnIdeaNotOnline_isRefused() {
		Long id = fixture.submittedBy("kees", "Wachtend idee over de stoep hier");
		demo.signIn("moderator");

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> moderation.updateStatus(id, details(id).version(),
				IdeaStatus.REALISED, "Het is klaar, bedankt iedereen."));
		assertThat(details(id).status()).isEqualTo(IdeaStatus.SUBMITTED);
	}

	@Test
	void hide_takesTheIdeaOutOfView_theAuthorStillSeesItWithTheReason() {
		Long id = fixture.publishedBy("kees", "Een idee dat verborgen wordt");
		demo.signIn("moderator");

		moderation.hide(id, details(id).version(), "Er staat een naam en adres in het idee.");

		SignIn.out();
		assertThat(publicIdeas.idea(id, Languages.DUTCH)).isEmpty();
		demo.signIn("fatima");
		assertThat(publicIdeas.idea(id, Languages.DUTCH)).isEmpty();
		demo.signIn("kees");
		assertThat(details(id).hiddenReason()).isEqualTo("Er staat een naam en adres in het idee.");
		assertThat(notices()).extracting(NoticeView::messageKey).contains("notice.outcome.HIDDEN");

		demo.signIn("moderator");
		moderation.unhide(id, details(id).version(), "De naam is uit de tekst gehaald.");
		SignIn.out();
		assertThat(publicIdeas.idea(id, Languages.DUTCH)).isPresent();
	}

	@Test
	void threeDifferentReporters_hideAComment_untilAModeratorDismissesTheReports() {
		Long id = fixture.publishedBy("moderator", "Idee met een gemelde reactie");
		demo.signIn("kees");
		Long comment = comments.comment(id, null, "Dit is een reactie die sommigen niet leuk vinden.");
		demo.signIn("fatima");
		comments.report(id, comment, ReportReason.OFFENSIVE);
		demo.signIn("beheerder");
		comments.report(id, comment, ReportReason.OFFENSIVE);
		SignIn.out();
		assertThat(body(id, comment)).isNotEmpty();

		demo.signIn("moderator");
		comments.report(id, comment, ReportReason.SPAM);
		SignIn.out();
		assertThat(comment(id, comment).hidden()).isTrue();
		assertThat(body(id, comment)).isEmpty();

		demo.signIn("moderator");
		ModerationFacts facts = moderation.facts(id);
		assertThat(facts.reports()).singleElement().satisfies(report -> {
			assertThat(report.reporters()).isEqualTo(3);
			assertThat(report.reasons()).containsEntry(ReportReason.OFFENSIVE, 2L).containsEntry(ReportReason.SPAM, 1L);
		});
		assertThat(reportService.reported(0, 1000).items()).anyMatch(item -> comment.equals(item.commentId()));
		reportService.dismissReports("comment:" + comment, "Deze reactie is fel, maar niet beledigend.");

		SignIn.out();
		assertThat(comment(id, comment).hidden()).isFalse();
		demo.signIn("moderator");
		assertThat(reportService.reported(0, 1000).items()).noneMatch(item -> comment.equals(item.commentId()));
	}

	@Test
	void upholdingReports_onAnIdea_hidesItWithTheReason() {
		Long id = fixture.publishedBy("moderator", "Idee dat terecht gemeld wordt");
		demo.signIn("kees");
		comments.report(id, null, ReportReason.PERSONAL_DATA);
		demo.signIn("moderator");

		reportService.upholdReports("idea:" + id, "Er staat een telefoonnummer in het idee.");

		SignIn.out();
		assertThat(publicIdeas.idea(id, Languages.DUTCH)).isEmpty();
		demo.signIn("moderator");
		assertThat(details(id).hiddenReason()).isEqualTo("Er staat een telefoonnummer in het idee.");
		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> reportService.upholdReports("idea:" + id, "Nog een keer afhandelen gaat niet."));
	}

	@Test
	void bulkPublish_skipsIdeasThatChangedMeanwhile() {
		Long first = fixture.submittedBy("kees", "Eerste idee in de selectie");
		Long second = fixture.submittedBy("fatima", "Tweede idee in de selectie");
		demo.signIn("moderator");
		Map<Long, Integer> selection = new LinkedHashMap<>();
		selection.put(first, details(first).version());
		selection.put(second, details(second).version() - 1);

		BulkResult result = decisions.publishAll(selection, PUBLISHED);

		assertThat(result).isEqualTo(new BulkResult(1, 1));
		assertThat(details(first).status()).isEqualTo(IdeaStatus.PUBLISHED);
		assertThat(details(second).status()).isEqualTo(IdeaStatus.SUBMITTED);
	}

	@Test
	void bulkPublish_tellsEveryAuthorTheMessage_andWithoutOneIsRefused() {
		Long first = fixture.submittedBy("kees", "Een idee uit de stapel van vandaag");
		Long second = fixture.submittedBy("fatima", "Nog een idee uit de stapel van vandaag");
		demo.signIn("moderator");
		Map<Long, Integer> selection = Map.of(first, details(first).version(), second, details(second).version());

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> decisions.publishAll(selection, " "))
			.satisfies(problem -> assertThat(problem.problems().getFirst().field()).isEqualTo("message"));
		assertThat(details(first).status()).isEqualTo(IdeaStatus.SUBMITTED);
		decisions.publishAll(selection, PUBLISHED);

		for (String author : List.of("kees", "fatima")) {
			demo.signIn(author);
			assertThat(notices()).filteredOn(notice -> notice.messageKey().equals("notice.decision.PUBLISH"))
				.filteredOn(notice -> notice.link().equals("ideas/" + first) || notice.link().equals("ideas/" + second))
				.singleElement()
				.satisfies(notice -> assertThat(notice.detail()).isEqualTo(PUBLISHED));
		}
	}

	@Test
	void dismissedReports_tellTheReporters_theModeratorsWords_andUpheldOnesThankThem() {
		Long kept = fixture.publishedBy("kees", "Een idee waar iemand het niet mee eens is");
		Long hidden = fixture.publishedBy("kees", "Een idee met een telefoonnummer erin");
		demo.signIn("fatima");
		comments.report(kept, null, ReportReason.OFFENSIVE);
		comments.report(hidden, null, ReportReason.PERSONAL_DATA);
		demo.signIn("moderator");

		reportService.dismissReports("idea:" + kept, "Bedankt voor je melding. Deze tekst past binnen onze regels.");
		reportService.upholdReports("idea:" + hidden, "In je tekst staat een telefoonnummer. Daarom is hij verborgen.");

		demo.signIn("fatima");
		assertThat(notices()).anySatisfy(notice -> {
			assertThat(notice.messageKey()).isEqualTo("notice.report.idea.DISMISSED");
			assertThat(notice.detail()).isEqualTo("Bedankt voor je melding. Deze tekst past binnen onze regels.");
			assertThat(notice.link()).isEqualTo("ideas/" + kept);
		}).anySatisfy(notice -> {
			assertThat(notice.messageKey()).isEqualTo("notice.report.idea.UPHELD");
			assertThat(notice.detail()).isEmpty();
		});
		demo.signIn("kees");
		assertThat(notices()).anySatisfy(notice -> {
			assertThat(notice.messageKey()).isEqualTo("notice.outcome.HIDDEN");
			assertThat(notice.detail()).startsWith("In je tekst staat een telefoonnummer.");
		});
	}

	@Test
	void collectedIdea_isPublishedAtOnce_markedWithWhereItWasCollected() {
		demo.signIn("moderator");
		IdeaDraft content = new IdeaDraft("Een bankje bij de ingang van de flat",
				"Mevrouw kan niet lang staan en wil graag even zitten als ze op de bus wacht.", PlaceKind.STREET, null,
				"Flat aan de Reigerlaan", null, null);

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> decisions.collect(new CollectedIdea(content, "", "")))
			.satisfies(problem -> assertThat(problem.problems().getFirst().field()).isEqualTo("collectedAt"));
		Long id = decisions.collect(new CollectedIdea(content, "Bewonersavond buurthuis, 12 november", "Mevrouw Bos"));

		SignIn.out();
		IdeaDetails collected = details(id);
		assertThat(collected.status()).isEqualTo(IdeaStatus.PUBLISHED);
		assertThat(collected.collectedAt()).isEqualTo("Bewonersavond buurthuis, 12 november");
		assertThat(collected.authorName()).isEqualTo("Mevrouw Bos");
	}

	@Test
	void residents_cannotCallModeratorActions() {
		Long id = fixture.publishedBy("kees", "Idee waar een bewoner aan wil zitten");
		demo.signIn("fatima");

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> moderation.hide(id, 0, "Ik vind dit geen goed idee hoor."));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
				() -> moderation.revise(id, 0, "Andere titel voor dit", "x", "", RevisionReason.CLARITY, REASON));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> moderation.updateStatus(id, 0, IdeaStatus.REALISED, REASON));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> moderation.answer(id, REASON));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> moderation.markDuplicate(id, 0, id, REASON));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> reportService.dismissReports("idea:" + id, REASON));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> reportService.reported(0, 20));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> moderation.facts(id));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> decisions.publishAll(Map.of(id, 0), PUBLISHED));
		assertThat(details(id).status()).isEqualTo(IdeaStatus.PUBLISHED);
		assertThat(details(id).hidden()).isFalse();
	}

	private static byte[] jpeg() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "jpeg", out);
		return out.toByteArray();
	}

	private CommentView comment(Long ideaId, Long commentId) {
		return comments.comments(ideaId)
			.stream()
			.filter(comment -> comment.id().equals(commentId))
			.findFirst()
			.orElseThrow();
	}

	private String body(Long ideaId, Long commentId) {
		return comment(ideaId, commentId).body();
	}

	private List<NoticeView> notices() {
		return notifications.myNotices();
	}

	private static List<Long> ids(IdeaPage page) {
		return page.cards().stream().map(IdeaCard::id).toList();
	}

	private IdeaDetails details(Long id) {
		return publicIdeas.idea(id, Languages.DUTCH).orElseThrow();
	}

}
