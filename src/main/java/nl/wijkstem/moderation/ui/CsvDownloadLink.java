package nl.wijkstem.moderation.ui;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.moderation.CsvLabels;
import nl.wijkstem.moderation.IdeaCsvExport;

/**
 * Downloads all ideas everyone can see (duplicates too) as a CSV file for the programme's
 * reports, written straight into the response. The words are taken now, in the
 * moderator's language: the download itself runs outside the UI.
 */
class CsvDownloadLink extends Composite<Anchor> {

	private final IdeaCsvExport export;

	private final Clock clock;

	CsvDownloadLink(IdeaCsvExport export, Clock clock) {
		this.export = export;
		this.clock = clock;
	}

	@Override
	protected Anchor initContent() {
		CsvLabels labels = CsvLabels.of(key -> getTranslation(key), getLocale());
		String fileName = getTranslation("board.export.file",
				LocalDate.now(clock.withZone(DisplayFormats.DUTCH_TIME)).toString());
		DownloadHandler csv = event -> {
			event.setFileName(fileName);
			event.setContentType("text/csv;charset=UTF-8");
			try (OutputStream out = event.getOutputStream()) {
				export.write(out, labels);
			}
		};
		Anchor link = new Anchor(csv, getTranslation("board.export"));
		link.addClassName("download-link");
		return link;
	}

}
