package nl.wijkstem.consultation.ui;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.Translator;
import nl.wijkstem.consultation.ConsultationResultsService;

/**
 * Downloads all answers of a consultation as a CSV file, for staff (the service checks
 * the role), written straight into the response. The words are taken now, in the reader's
 * language: the download itself runs outside the UI.
 */
public class AnswersCsvLink extends Composite<Anchor> {

	private final ConsultationResultsService results;

	private final Long consultationId;

	private final Clock clock;

	public AnswersCsvLink(ConsultationResultsService results, Long consultationId, Clock clock) {
		this.results = results;
		this.consultationId = consultationId;
		this.clock = clock;
	}

	@Override
	protected Anchor initContent() {
		Locale locale = getLocale();
		Map<String, String> words = ConsultationResultsService.CSV_KEYS.stream()
			.collect(Collectors.toMap(Function.identity(), key -> getTranslation(key)));
		Translator translator = Translator.of(locale, (key, arguments) -> words.getOrDefault(key, key));
		String fileName = getTranslation("consultation.csv.file", String.valueOf(consultationId),
				LocalDate.now(clock.withZone(DisplayFormats.DUTCH_TIME)).toString());
		DownloadHandler csv = event -> {
			event.setFileName(fileName);
			event.setContentType("text/csv;charset=UTF-8");
			try (OutputStream out = event.getOutputStream()) {
				results.writeAnswers(consultationId, out, translator);
			}
		};
		Anchor link = new Anchor(csv, getTranslation("consultation.csv.link"));
		link.addClassName("download-link");
		return link;
	}

}
