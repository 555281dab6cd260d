package nl.wijkstem.moderation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.idea.RevisionReason;
import nl.wijkstem.audit.AuditEntryView;
import nl.wijkstem.audit.AuditFilter;
import nl.wijkstem.audit.AuditTrail;
import nl.wijkstem.support.BundleWords;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

@ApplicationTest
class ReasonTemplatesTest {

	@Autowired
	ReasonTemplates templates;

	@Autowired
	AuditTrail trail;

	@Autowired
	DemoUsers demo;

	@Test
	void seededTemplates_areOfferedForTheDecisionsTheyFit_inTheModeratorsLanguage() {
		demo.signIn("moderator");

		assertThat(titles("REJECT", Languages.DUTCH)).contains("Beledigend of discriminerend",
				"Melding voor de gemeente (BuitenBeter)", "Past niet bij de wijk");
		assertThat(titles("REJECT", Languages.ENGLISH)).contains("Offensive or discriminatory",
				"Report for the municipality (BuitenBeter)", "Not about the neighbourhood");
		assertThat(titles("DUPLICATE", Languages.DUTCH)).contains("Dubbel idee").doesNotContain("Te weinig informatie");
		assertThat(titles("REQUEST_CHANGES", Languages.DUTCH)).contains("Te weinig informatie",
				"Persoonlijke gegevens weghalen");
		assertThat(templates.forDecision("REJECT", Languages.DUTCH))
			.filteredOn(choice -> choice.title().equals("Past niet bij de wijk"))
			.singleElement()
			.satisfies(choice -> assertThat(choice.text()).startsWith("Bedankt voor je idee."));
		assertThat(templates.forDecision("NO_SUCH_DECISION", Languages.DUTCH)).isEmpty();
		for (DecisionKind kind : DecisionKind.values()) {
			assertThat(titles(kind.name(), Languages.DUTCH)).as(kind.name()).isNotEmpty();
		}
	}

	@Test
	void eachDecision_offersTemplatesWrittenForItsOwnReader_inBothLanguages() {
		demo.signIn("moderator");

		assertThat(titles("REPORT_DISMISSED", Languages.DUTCH))
			.contains("Melding klopt niet", "Melding: een mening mag")
			.doesNotContain("Beledigend of discriminerend", "Persoonlijke gegevens in de tekst");
		assertThat(titles("REPORT_UPHELD", Languages.DUTCH))
			.contains("Beledigend of discriminerend", "Persoonlijke gegevens in de tekst", "Reclame of spam")
			.doesNotContain("Melding klopt niet");
		assertThat(titles("SHOW_AGAIN", Languages.DUTCH)).contains("Weer zichtbaar")
			.doesNotContain("Melding klopt niet", "Melding: een mening mag");
		assertThat(titles("HIDE", Languages.DUTCH)).contains("Persoonlijke gegevens in de tekst")
			.doesNotContain("Persoonlijke gegevens weghalen");
		assertThat(titles("REVISE_CLARITY", Languages.DUTCH)).contains("Tekst duidelijker gemaakt")
			.doesNotContain("Bedankt, je idee staat online", "Persoonlijke gegevens verwijderd");
		assertThat(titles("REVISE_PERSONAL_DATA", Languages.DUTCH))
			.contains("Persoonlijke gegevens uit de tekst gehaald")
			.doesNotContain("Bedankt, je idee staat online", "Persoonlijke gegevens verwijderd");
		assertThat(titles("ANSWER", Languages.DUTCH)).contains("We nemen het mee", "Doorgegeven aan de gemeente");
		assertThat(titles("SHOW_AGAIN", Languages.ENGLISH)).contains("Visible again");
		assertThat(titles("REPORT_UPHELD", Languages.ENGLISH)).contains("Personal details in the text");
		// a dismissal is read by the reporters, everything else about a text by its
		// author
		assertThat(texts("REPORT_DISMISSED", "Melding klopt niet", "Melding: een mening mag"))
			.allSatisfy(text -> assertThat(text).startsWith("Bedankt voor je melding."));
		assertThat(texts("SHOW_AGAIN", "Weer zichtbaar")).allSatisfy(text -> assertThat(text).contains("je tekst"));
		for (DecisionKind kind : DecisionKind.values()) {
			assertThat(titles(kind.name(), Languages.ENGLISH)).as(kind.name()).isNotEmpty();
		}
	}

	@Test
	void everyModeratorAction_isOneKindOfDecision_withTheRightReader() {
		assertThat(Arrays.stream(ModerationDecision.values()).map(DecisionKind::of))
			.containsExactly(DecisionKind.PUBLISH, DecisionKind.REQUEST_CHANGES, DecisionKind.REJECT);
		assertThat(DecisionKind.of(RevisionReason.CLARITY)).isEqualTo(DecisionKind.REVISE_CLARITY);
		assertThat(DecisionKind.of(RevisionReason.PERSONAL_DATA)).isEqualTo(DecisionKind.REVISE_PERSONAL_DATA);
		assertThat(DecisionKind.visibility(false)).isEqualTo(DecisionKind.HIDE);
		assertThat(DecisionKind.visibility(true)).isEqualTo(DecisionKind.SHOW_AGAIN);
		assertThat(DecisionKind.reports(true)).isEqualTo(DecisionKind.REPORT_UPHELD);
		assertThat(DecisionKind.reports(false)).isEqualTo(DecisionKind.REPORT_DISMISSED);
		assertThat(DecisionKind.REPORT_DISMISSED.audience()).isEqualTo(DecisionKind.Audience.REPORTERS);
		assertThat(DecisionKind.SHOW_AGAIN.audience()).isEqualTo(DecisionKind.Audience.AUTHOR);
		assertThat(DecisionKind.REPORT_UPHELD.audience()).isEqualTo(DecisionKind.Audience.AUTHOR);
		assertThat(DecisionKind.ANSWER.audience()).isEqualTo(DecisionKind.Audience.EVERYONE);
		assertThat(DecisionKind.STATUS_UPDATE.audience()).isEqualTo(DecisionKind.Audience.EVERYONE);
	}

	@Test
	void moderator_createsChangesAndDeletesATemplate() {
		demo.signIn("moderator");
		String title = unique("Bankje geplaatst");

		Long id = templates
			.create(draft(title, "Het bankje staat er. Bedankt voor je idee!", Set.of(DecisionKind.STATUS_UPDATE)));

		assertThat(titles("STATUS_UPDATE", Languages.DUTCH)).contains(title);
		assertThat(titles("STATUS_UPDATE", Languages.ENGLISH)).contains(title + " (en)");
		ReasonTemplateDetails created = templates.template(id).orElseThrow();
		templates.update(id, created.version(),
				draft(title, "  Het bankje staat er sinds maandag.  ", Set.of(DecisionKind.PUBLISH)));
		ReasonTemplateDetails changed = templates.template(id).orElseThrow();
		assertThat(changed.textNl()).isEqualTo("Het bankje staat er sinds maandag.");
		assertThat(changed.kinds()).containsExactly(DecisionKind.PUBLISH);
		assertThat(changed.version()).isGreaterThan(created.version());
		assertThat(titles("STATUS_UPDATE", Languages.DUTCH)).doesNotContain(title);
		assertThat(templates.all(Languages.DUTCH)).extracting(ReasonTemplateDetails::id).contains(id);

		templates.delete(id, changed.version());

		assertThat(templates.template(id)).isEmpty();
		assertThat(titles("PUBLISH", Languages.DUTCH)).doesNotContain(title);
	}

	@Test
	void missingTitles_shortTexts_andNoDecisions_areRefused_andNothingIsSaved() {
		demo.signIn("moderator");
		int before = templates.all(Languages.DUTCH).size();

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> templates
				.create(new ReasonTemplateDraft("  ", "Te kort", "x".repeat(101), "y".repeat(2001), Set.of())))
			.satisfies(refused -> assertThat(refused.problems())
				.extracting(Rejection.Problem::field, Rejection.Problem::messageKey)
				.containsExactly(tuple("titleNl", "reasonTemplates.error.titleRequired"),
						tuple("textNl", "reasonTemplates.error.textTooShort"),
						tuple("titleEn", "reasonTemplates.error.tooLong"),
						tuple("textEn", "reasonTemplates.error.tooLong"),
						tuple("kinds", "reasonTemplates.error.kinds")));
		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> templates.create(new ReasonTemplateDraft("Titel", "Een goede tekst.", "Title",
					"Too short", Set.of(DecisionKind.HIDE))))
			.satisfies(refused -> assertThat(refused.problems()).singleElement()
				.satisfies(problem -> assertThat(problem.field()).isEqualTo("textEn")));

		assertThat(templates.all(Languages.DUTCH)).hasSize(before);
	}

	@Test
	void secondModerator_withAnOldVersion_isToldItChanged_andNothingIsLost() {
		demo.signIn("moderator");
		String title = unique("Gesprek met de wijkagent");
		Long id = templates
			.create(draft(title, "We hebben je idee besproken met de wijkagent.", Set.of(DecisionKind.STATUS_UPDATE)));
		int seen = templates.template(id).orElseThrow().version();
		templates.update(id, seen, draft(title, "We hebben je idee besproken met de wijkagent en de gemeente.",
				Set.of(DecisionKind.STATUS_UPDATE)));

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> templates.update(id, seen,
					draft(title, "Een oudere versie van de tekst.", Set.of(DecisionKind.STATUS_UPDATE))))
			.satisfies(refused -> assertThat(refused.problems().getFirst().messageKey())
				.isEqualTo("reasonTemplates.error.changedMeanwhile"));
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> templates.delete(id, seen));
		assertThat(templates.template(id).orElseThrow().textNl()).endsWith("en de gemeente.");

		templates.delete(id, templates.template(id).orElseThrow().version());
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> templates.delete(id, seen));
	}

	@Test
	void residentsAndVisitors_cannotUseOrManageTemplates() {
		demo.signIn("kees");
		assertRefused();
		SignIn.out();
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> templates.forDecision("REJECT", Languages.DUTCH));
	}

	@Test
	void changesToTemplates_areInTheAuditTrail() {
		demo.signIn("moderator");
		String title = unique("Voor het logboek");
		Long id = templates.create(draft(title, "Een tekst voor het logboek.", Set.of(DecisionKind.HIDE)));

		demo.signIn("beheerder");
		List<AuditEntryView> entries = trail
			.page(new AuditFilter(null, null, "reasonTemplate", id, null, null), 0, 10, BundleWords.DUTCH)
			.entries();
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("reasonTemplate.create");
			assertThat(entry.actorName()).isEqualTo("Sanne Jansen (programmabureau)");
			assertThat(entry.after()).isEqualTo(title + " [HIDE]");
		});
	}

	private void assertRefused() {
		ReasonTemplateDraft draft = draft("Titel", "Een tekst van genoeg tekens.", Set.of(DecisionKind.REJECT));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> templates.forDecision("REJECT", Languages.DUTCH));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> templates.all(Languages.DUTCH));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> templates.template(1L));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> templates.create(draft));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> templates.update(1L, 0, draft));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> templates.delete(1L, 0));
	}

	private List<String> titles(String kind, Locale locale) {
		return templates.forDecision(kind, locale).stream().map(ReasonTemplateChoice::title).toList();
	}

	private List<String> texts(String kind, String... titles) {
		List<String> wanted = List.of(titles);
		List<String> texts = templates.forDecision(kind, Languages.DUTCH)
			.stream()
			.filter(choice -> wanted.contains(choice.title()))
			.map(ReasonTemplateChoice::text)
			.toList();
		assertThat(texts).hasSize(titles.length);
		return texts;
	}

	private static ReasonTemplateDraft draft(String title, String text, Set<DecisionKind> kinds) {
		return new ReasonTemplateDraft(title, text, title + " (en)", text + " (en)", kinds);
	}

	private static String unique(String title) {
		return title + " " + UUID.randomUUID().toString().substring(0, 6);
	}

}
