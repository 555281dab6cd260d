package nl.wijkstem.audit.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.Languages;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.support.CsvReading;
import nl.wijkstem.support.ViewTest;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@WithUserDetails("beheerder")
class AuditTrailViewTest extends ViewTest {

	@Autowired
	IdeaFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	private String action;

	@BeforeEach
	void twoEntriesOfATestAction() {
		action = "test." + UUID.randomUUID().toString().substring(0, 8);
		insert("2026-05-01T08:00:00Z", "Ouder item", "eerste reden");
		insert("2026-05-02T08:00:00Z", "Nieuwer item", "=tweede reden");
	}

	@Test
	void administrator_filtersByAction_andSeesThoseEntriesNewestFirst() {
		navigate(AuditTrailView.class);
		assertThat(find(H1.class).single().getText()).isEqualTo("Logboek van moderatie");

		test(select("Handeling")).selectItem(action);

		assertThat(find(Paragraph.class).withText("2 handelingen gevonden").exists()).isTrue();
		assertThat(find(NativeTableRow.class).withClassName("audit-entry").all()).hasSize(2)
			.first()
			.satisfies(row -> assertThat(row.getElement().getTextRecursively()).contains("Nieuwer item")
				.contains("Anna Auditor")
				.contains("=tweede reden"));
	}

	@Test
	void download_givesTheFilteredEntriesAsCsv() {
		navigate(AuditTrailView.class);
		test(select("Handeling")).selectItem(action);
		ByteArrayOutputStream csv = new ByteArrayOutputStream();

		test(find(Anchor.class).withText("Download als CSV-bestand").single()).download(csv);

		String text = csv.toString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF\"Tijdstip (Nederlandse tijd)\";\"Accountnummer\";\"Naam\"");
		assertThat(text.lines()).hasSize(3);
		assertThat(text).contains("\"'=tweede reden\"").contains(action).contains("Ouder item");
	}

	@Test
	void entries_readAsWords_andTheIdeaLinksToItsPage() {
		String title = "Bankjes bij de Krabbeplas " + IdeaFixture.unique();
		Long idea = fixture.published(title, null);
		navigate(AuditTrailView.class);

		test(select("Soort onderwerp")).selectItem("Idee");
		test(find(TextField.class).withLabel("Nummer van het onderwerp").single()).setValue(idea.toString());

		NativeTableRow row = find(NativeTableRow.class).withClassName("audit-entry").single();
		assertThat(row.getElement().getTextRecursively()).contains("Idee gepubliceerd")
			.contains("Wacht op controle")
			.contains("Gepubliceerd")
			.doesNotContain("SUBMITTED")
			.doesNotContain("PUBLISHED");
		RouterLink link = find(RouterLink.class).withText("Idee " + idea + ": " + title).single();
		assertThat(link.getHref()).isEqualTo("moderation/" + idea);

		inLanguage(Languages.ENGLISH);
		test(select("Kind of subject")).selectItem("Idea");
		test(find(TextField.class).withLabel("Number of the subject").single()).setValue(idea.toString());
		assertThat(find(NativeTableRow.class).withClassName("audit-entry").single().getElement().getTextRecursively())
			.contains("Idea published")
			.contains("Waiting for review");
		assertThat(find(RouterLink.class).withText("Idea " + idea + ": " + title).exists()).isTrue();
	}

	@Test
	void download_hasTheWordsOfThePage_andTheCodesInColumnsOfTheirOwn() throws IOException {
		String title = "=Bankjes,=1+1 " + IdeaFixture.unique();
		Long idea = fixture.published(title, null);
		navigate(AuditTrailView.class);
		test(select("Soort onderwerp")).selectItem("Idee");
		test(find(TextField.class).withLabel("Nummer van het onderwerp").single()).setValue(idea.toString());
		ByteArrayOutputStream csv = new ByteArrayOutputStream();

		test(find(Anchor.class).withText("Download als CSV-bestand").single()).download(csv);

		String text = csv.toString(StandardCharsets.UTF_8);
		List<CSVRecord> rows = CsvReading.rows(text);
		assertThat(rows.getFirst().toList()).containsExactly("Tijdstip (Nederlandse tijd)", "Accountnummer", "Naam",
				"Handeling", "Onderwerp", "Voor", "Na", "Reden", "Handeling (code)", "Soort onderwerp (code)",
				"Nummer onderwerp", "Voor (zoals vastgelegd)", "Na (zoals vastgelegd)");
		assertThat(rows).hasSize(2);
		List<String> entry = rows.get(1).toList();
		assertThat(entry.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0[12]:00");
		assertThat(entry.subList(2, 7)).containsExactly("Sanne Jansen (programmabureau)", "Idee gepubliceerd",
				"Idee " + idea + ": " + title.replace(",=", ",'="), "Wacht op controle", "Gepubliceerd");
		assertThat(entry.subList(8, 13)).containsExactly("idea.publish", "idea", idea.toString(), "SUBMITTED",
				"PUBLISHED");
		CsvReading.assertNoCellStartsAFormula(CsvReading.lenientCells(',', text));
	}

	@Test
	void backwardsDateRange_isExplained_andTheListStays() {
		navigate(AuditTrailView.class);
		test(select("Handeling")).selectItem(action);

		test(find(DatePicker.class).withLabel("Vanaf datum").single()).setValue(LocalDate.parse("2026-05-02"));
		assertThat(find(NativeTableRow.class).withClassName("audit-entry").all()).hasSize(1);
		DatePicker to = find(DatePicker.class).withLabel("Tot en met datum").single();
		test(to).setValue(LocalDate.parse("2026-05-01"));

		assertThat(to.isInvalid()).isTrue();
		assertThat(to.getErrorMessage()).isEqualTo("Deze datum ligt voor de begindatum.");
		assertThat(find(NativeTableRow.class).withClassName("audit-entry").all()).hasSize(1);
	}

	@Test
	void inEnglish_theViewSpeaksEnglish() {
		navigate(AuditTrailView.class);

		inLanguage(Languages.ENGLISH);

		assertThat(find(H1.class).single().getText()).isEqualTo("Moderation log");
		assertThat(find(Anchor.class).withText("Download as a CSV file").exists()).isTrue();
	}

	@SuppressWarnings("unchecked")
	private Select<String> select(String label) {
		return find(Select.class).withLabel(label).single();
	}

	private void insert(String at, String after, String reason) {
		jdbc.update("insert into audit_entry (occurred_at, actor_id, actor_name, action_code, subject_type, subject_id,"
				+ " state_before, state_after, reason) values (?, 990, 'Anna Auditor', ?, 'testIdea', 1, '', ?, ?)",
				Timestamp.from(Instant.parse(at)), action, after, reason);
	}

}
