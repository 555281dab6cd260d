package nl.wijkstem.idea;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.wijkstem.base.Languages;
import nl.wijkstem.audit.AuditEntryView;
import nl.wijkstem.audit.AuditFilter;
import nl.wijkstem.audit.AuditTrail;
import nl.wijkstem.notification.NoticeView;
import nl.wijkstem.notification.NotificationService;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.BundleWords;
import nl.wijkstem.support.DemoUsers;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Tekst aanpassen" for personal data removes the earlier text everywhere the application
 * kept it; for clarity it keeps it.
 */
@ApplicationTest
class RevisionRedactionTest {

	@Autowired
	IdeaService ideas;

	@Autowired
	IdeaDecisionService decisions;

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	IdeaModerationService moderation;

	@Autowired
	NotificationService notifications;

	@Autowired
	AuditTrail audit;

	@Autowired
	IdeaProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoUsers demo;

	@Test
	void revise_forPersonalData_leavesNoTraceOfTheEarlierText_inAnyTableNorTheAuditCsv() throws IOException {
		Long id = submitted("kees", "Bankje voor mevrouw Zwanetta Kloosterboer",
				"Bel mevrouw Kloosterboer op 06-31415926 als het bankje er staat, dan komt ze kijken.",
				"Reigerlaan 7k bij Zwanetta");
		demo.signIn("moderator");
		moderation.revise(id, details(id).version(), "Een bankje voor mevrouw Zwanetta Kloosterboer",
				details(id).description(), details(id).locationText(), RevisionReason.CLARITY,
				"De titel is duidelijker gemaakt voor iedereen.");
		decisions.decide(id, details(id).version(), ModerationDecision.PUBLISH, "Bedankt, je idee staat online.");
		demo.signIn("fatima");
		ideas.support(id);
		demo.signIn("moderator");
		moderation.answer(id, "Het programmabureau kijkt of er een bankje kan komen.");
		assertThat(tablesHolding("Kloosterboer")).isNotEmpty();

		moderation.revise(id, details(id).version(), "Een bankje bij de bushalte aan de Reigerlaan",
				"Een bankje bij de bushalte, zodat ouderen even kunnen zitten als ze op de bus wachten.", "Reigerlaan",
				RevisionReason.PERSONAL_DATA, "We hebben een naam, een adres en een telefoonnummer weggehaald.");

		// "7k", not "7": other tests end titles in random hexadecimal, such as
		// "Reigerlaan 7f3a"
		for (String personalData : List.of("Kloosterboer", "Zwanetta", "31415926", "Reigerlaan 7k")) {
			assertThat(tablesHolding(personalData)).as(personalData).isEmpty();
		}
		demo.signIn("beheerder");
		String csv = auditCsv();
		assertThat(csv).doesNotContainIgnoringCase("Kloosterboer")
			.doesNotContain("31415926")
			.contains("idea.redact")
			.contains(IdeaTextRedacted.REMOVED);
		assertThat(indexTermsStartingWith("kloosterbo", "zwanet", "31415926")).isEmpty();
		assertThat(ids(publicIdeas.search(new IdeaQuery("Kloosterboer", null, null, null, null, IdeaSort.NEWEST), 0, 20,
				Languages.DUTCH)))
			.doesNotContain(id);
		assertThat(ids(publicIdeas.search(new IdeaQuery("bushalte Reigerlaan", null, null, null, null, IdeaSort.NEWEST),
				0, 20, Languages.DUTCH)))
			.contains(id);
		for (String resident : List.of("kees", "fatima")) {
			demo.signIn(resident);
			assertThat(notices()).filteredOn(notice -> notice.link().equals("ideas/" + id))
				.isNotEmpty()
				.allSatisfy(notice -> assertThat(notice.subject())
					.isEqualTo("Een bankje bij de bushalte aan de Reigerlaan"));
		}
	}

	@Test
	void revise_forPersonalData_recordsWhoRemovedWhichPartsAndWhen_notTheData() {
		Long id = submitted("kees", "Speelplek bij de flat van Joris Wolterbeek",
				"Een speelplek voor de kinderen van de flat, vraag Joris Wolterbeek maar.", "");
		demo.signIn("moderator");
		moderation.revise(id, details(id).version(), "Een speelplek bij de flat van Joris Wolterbeek",
				details(id).description(), "", RevisionReason.CLARITY, "De titel is duidelijker gemaakt.");

		moderation.revise(id, details(id).version(), "Een speelplek bij de flat", details(id).description(), "",
				RevisionReason.PERSONAL_DATA, "We hebben een naam uit de titel gehaald.");

		ModerationFacts facts = moderation.facts(id);
		assertThat(facts.revisions()).hasSize(2).allSatisfy(revision -> {
			assertThat(revision.titleBefore()).isEmpty();
			assertThat(revision.removed()).containsExactly(IdeaTextField.TITLE);
			assertThat(revision.removedBy()).isNotBlank();
			assertThat(revision.removedAt()).isNotNull();
			// only the title held it: the description the moderator left alone is kept
			assertThat(revision.descriptionBefore()).contains("vraag Joris Wolterbeek");
		});
		assertThat(facts.revisions().getFirst().kind()).isEqualTo(RevisionReason.PERSONAL_DATA);
		assertThat(facts.revisions().getLast().kind()).isEqualTo(RevisionReason.CLARITY);
		demo.signIn("beheerder");
		List<AuditEntryView> entries = audit
			.page(new AuditFilter(null, null, "idea", id, null, null), 0, 50, BundleWords.DUTCH)
			.entries();
		assertThat(entries).filteredOn(entry -> entry.action().equals("idea.redact"))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.after()).isEqualTo("TITLE");
				assertThat(entry.actorName()).isNotBlank();
			});
		assertThat(entries).filteredOn(entry -> entry.action().equals("idea.revise")).hasSize(2).allSatisfy(entry -> {
			assertThat(entry.before()).isEqualTo(IdeaTextRedacted.REMOVED);
			assertThat(entry.after()).isIn(IdeaTextRedacted.REMOVED, "Een speelplek bij de flat");
			assertThat(entry.reason()).isNotBlank();
		});
	}

	@Test
	void revise_forClarity_keepsTheEarlierText_inRevisionsAndAuditTrail() {
		Long id = submitted("kees", "Bloemen in de bakken bij het Hoogstraatje",
				"De bakken bij het winkelcentrum zijn leeg, er kunnen mooi bloemen in.", "");
		demo.signIn("moderator");

		moderation.revise(id, details(id).version(), "Bloemen in de lege bakken bij het winkelcentrum",
				details(id).description(), "", RevisionReason.CLARITY, "De titel zegt nu beter waar het is.");

		assertThat(jdbc.queryForList("select title_before from idea_revision where idea_id = ?", String.class, id))
			.containsExactly("Bloemen in de bakken bij het Hoogstraatje");
		assertThat(jdbc.queryForList(
				"select state_before from audit_entry where subject_type = 'idea' and subject_id = ? and action_code = 'idea.revise'",
				String.class, id))
			.containsExactly("Bloemen in de bakken bij het Hoogstraatje");
		assertThat(moderation.facts(id).revisions()).singleElement()
			.satisfies(revision -> assertThat(revision.removed()).isEmpty());
	}

	@Test
	void revise_forPersonalData_leavesTheRestOfTheAuditTrailAsItWas() {
		Long other = submitted("fatima", "Meer licht in het park bij de vijver",
				"In de winter is het park bij de vijver erg donker, meer lampen zou helpen.", "");
		Long id = submitted("kees", "Meer licht in het park bij de vijver",
				"Het park is donker. Mijn buurman Teunis Brakelmans is daar al eens gevallen.", "");
		demo.signIn("moderator");
		decisions.decide(other, details(other).version(), ModerationDecision.PUBLISH, "");
		long entriesBefore = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
		List<Map<String, Object>> othersBefore = jdbc.queryForList(
				"select * from audit_entry where not (subject_type = 'idea' and subject_id = ?) order by id", id);

		moderation.revise(id, details(id).version(), details(id).title(),
				"Het park is donker. Iemand is daar al eens gevallen.", "", RevisionReason.PERSONAL_DATA,
				"We hebben een naam uit de beschrijving gehaald.");

		assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(entriesBefore + 2);
		assertThat(jdbc.queryForList(
				"select * from audit_entry where not (subject_type = 'idea' and subject_id = ?) and id <= ? order by id",
				id, othersBefore.getLast().get("ID")))
			.isEqualTo(othersBefore);
		assertThat(tablesHolding("Brakelmans")).isEmpty();
	}

	/** Every table and text column in which a row holds the text (any case). */
	private List<String> tablesHolding(String text) {
		List<Map<String, Object>> columns = jdbc.queryForList(
				"""
						select table_name, column_name from information_schema.columns
						where table_schema = 'PUBLIC' and data_type in ('CHARACTER VARYING', 'CHARACTER', 'CHARACTER LARGE OBJECT')""");
		List<String> found = new ArrayList<>();
		for (Map<String, Object> column : columns) {
			String table = (String) column.get("TABLE_NAME");
			String name = (String) column.get("COLUMN_NAME");
			Long rows = jdbc.queryForObject(
					"select count(*) from \"" + table + "\" where lower(\"" + name + "\") like ?", Long.class,
					"%" + text.toLowerCase(Locale.ROOT) + "%");
			if (rows != null && rows > 0) {
				found.add(table + "." + name);
			}
		}
		assertThat(columns).as("text columns found").hasSizeGreaterThan(20);
		return found;
	}

	/** The terms of the search index files (also of replaced documents) with a prefix. */
	private List<String> indexTermsStartingWith(String... prefixes) throws IOException {
		List<String> found = new ArrayList<>();
		try (FSDirectory directory = FSDirectory.open(properties.searchIndex());
				DirectoryReader reader = DirectoryReader.open(directory)) {
			FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
			for (FieldInfo field : fields) {
				Terms terms = MultiTerms.getTerms(reader, field.name);
				if (terms == null) {
					continue;
				}
				TermsEnum each = terms.iterator();
				for (BytesRef term = each.next(); term != null; term = each.next()) {
					String word = term.utf8ToString();
					for (String prefix : prefixes) {
						if (word.startsWith(prefix)) {
							found.add(field.name + ":" + word);
						}
					}
				}
			}
		}
		return found;
	}

	private String auditCsv() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		audit.exportCsv(AuditFilter.ALL, BundleWords.DUTCH, out);
		return out.toString(StandardCharsets.UTF_8);
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

	private Long submitted(String author, String title, String description, String location) {
		demo.signIn(author);
		return ideas.submit(null, new IdeaDraft(title, description, PlaceKind.STREET, null, location, null, null)).id();
	}

}
