package nl.wijkstem.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The letters for one mail-out: one A4 page per address, the address where a window
 * envelope shows it, in Dutch (plain B1 language) with an English line. The letter is the
 * same whatever language the administrator uses Wijkstem in.
 */
final class LetterPdf {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final float MM = 72f / 25.4f;

	private static final float LEFT = 25 * MM;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * LEFT;

	/**
	 * Where a standard Dutch window envelope shows the address (22 mm in, 50 mm down).
	 */
	private static final float ADDRESS_LEFT = 22 * MM;

	private static final float ADDRESS_TOP = PDRectangle.A4.getHeight() - 55 * MM;

	/**
	 * @param programmeName the programme that sends the letter, e.g. "Wij de Westwijk"
	 * @param areaName the area, e.g. "Westwijk"
	 * @param letterUrl where the code is entered
	 * @param accountsPerAddress how many residents may use one letter
	 * @param place the town when an address has none of its own, or {@code null}
	 */
	record Letterhead(String programmeName, String areaName, String letterUrl, int accountsPerAddress, String place) {
	}

	/** One letter: the address and its code in clear, as printed. */
	record Letter(AddressLine address, String code) {
	}

	private final Letterhead head;

	private final LocalDate expiresOn;

	/** When on {@code expiresOn} voting closes, or {@code null}: the whole day. */
	private final LocalTime closesAt;

	private final LocalDate writtenOn;

	private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

	private final PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);

	private LetterPdf(Letterhead head, LocalDate expiresOn, LocalTime closesAt, LocalDate writtenOn) {
		this.head = head;
		this.expiresOn = expiresOn;
		this.closesAt = closesAt;
		this.writtenOn = writtenOn;
	}

	/** Letters whose codes work to the end of {@code expiresOn}. */
	static byte[] render(Letterhead head, LocalDate expiresOn, LocalDate writtenOn, List<Letter> letters) {
		return new LetterPdf(head, expiresOn, null, writtenOn).render(letters);
	}

	/**
	 * Letters whose codes work until voting closes on {@code expiresOn} at
	 * {@code closesAt}, or to the end of that day when {@code closesAt} is {@code null}.
	 */
	static byte[] render(Letterhead head, LocalDate expiresOn, LocalTime closesAt, LocalDate writtenOn,
			List<Letter> letters) {
		return new LetterPdf(head, expiresOn, closesAt, writtenOn).render(letters);
	}

	private byte[] render(List<Letter> letters) {
		try (PDDocument document = new PDDocument()) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle("Wijkstem: code om mee te stemmen / code to vote");
			info.setAuthor(head.programmeName());
			document.getDocumentCatalog().setLanguage("nl-NL");
			for (Letter letter : letters) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					new Writer(content).letter(letter);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the letters", ex);
		}
	}

	/** Writes one page from the top down. */
	private final class Writer {

		private final PDPageContentStream content;

		private float y;

		Writer(PDPageContentStream content) {
			this.content = content;
		}

		void letter(Letter letter) throws IOException {
			y = PDRectangle.A4.getHeight() - 20 * MM;
			line(bold, 16, LEFT, head.programmeName());
			line(regular, 10, LEFT, "Wijkstem");

			y = ADDRESS_TOP;
			line(regular, 11, ADDRESS_LEFT, "Aan de bewoners van");
			line(regular, 11, ADDRESS_LEFT, letter.address().streetLine());
			AddressLine withPlace = letter.address().place() == null && head.place() != null
					? new AddressLine(letter.address().street(), letter.address().houseNumber(),
							letter.address().addition(), letter.address().postcode(), head.place())
					: letter.address();
			line(regular, 11, ADDRESS_LEFT, withPlace.postcodeLine());

			y = PDRectangle.A4.getHeight() - 95 * MM;
			line(regular, 10, LEFT, DUTCH_DATE.format(writtenOn));
			y -= 8;
			line(bold, 14, LEFT, "Je persoonlijke code om mee te stemmen");
			y -= 6;
			paragraph(regular, 11, "Beste bewoner,");
			paragraph(regular, 11, "Op Wijkstem praat je mee over plannen voor de " + head.areaName()
					+ ". Je kunt ideeën geven en stemmen. Stemmen mag alleen als je in de " + head.areaName()
					+ " woont. Met de code in deze brief laat je zien dat je hier woont. Je hoeft geen BSN te geven.");
			paragraph(bold, 11, "Zo doe je het:");
			line(regular, 11, LEFT, "1.  Ga naar " + head.letterUrl());
			line(regular, 11, LEFT, "2.  Log in.");
			line(regular, 11, LEFT, "3.  Vul deze code in:");
			codeBox(letter.code());
			String residents = head.accountsPerAddress() == 1 ? "1 bewoner" : head.accountsPerAddress() + " bewoners";
			paragraph(regular, 11, dutchValidity() + " Met deze code kunnen " + residents
					+ " van dit adres meedoen. Ieder logt in met een eigen account.");
			paragraph(regular, 11, "Lukt het niet, of heb je geen computer? Kom langs bij het programmabureau van "
					+ head.programmeName() + ". Neem deze brief mee.");
			paragraph(regular, 11, "Geef de code niet aan mensen die niet op dit adres wonen.");
			y -= 6;
			paragraph(italic, 10,
					"English: this letter has your personal code to show that you live in the " + head.areaName()
							+ ", so you can vote on Wijkstem. Go to " + head.letterUrl()
							+ ", sign in and enter the code above. " + englishValidity());
		}

		private String dutchValidity() {
			if (closesAt == null) {
				return "De code werkt tot en met " + DUTCH_DATE.format(expiresOn) + ".";
			}
			return "De code werkt tot " + DUTCH_DATE.format(expiresOn) + " om " + TIME.format(closesAt)
					+ " uur. Dan sluit de stemming.";
		}

		private String englishValidity() {
			if (closesAt == null) {
				return "It works until " + ENGLISH_DATE.format(expiresOn) + ".";
			}
			return "It works until " + TIME.format(closesAt) + " on " + ENGLISH_DATE.format(expiresOn)
					+ ", when voting closes.";
		}

		private void codeBox(String code) throws IOException {
			float size = 22;
			float boxHeight = 36;
			float top = y - 10;
			content.setLineWidth(1.2f);
			content.addRect(LEFT, top - boxHeight, 100 * MM, boxHeight);
			content.stroke();
			y = top - boxHeight / 2 - size * 0.3f;
			text(mono, size, LEFT + 6 * MM, code);
			y = top - boxHeight - 6;
		}

		private void paragraph(PDType1Font font, float size, String text) throws IOException {
			for (String wrapped : wrap(font, size, printable(font, text))) {
				line(font, size, LEFT, wrapped);
			}
			y -= size * 0.6f;
		}

		private void line(PDType1Font font, float size, float x, String text) throws IOException {
			y -= size * 1.35f;
			text(font, size, x, printable(font, text));
		}

		private void text(PDType1Font font, float size, float x, String text) throws IOException {
			content.beginText();
			content.setFont(font, size);
			content.newLineAtOffset(x, y);
			content.showText(text);
			content.endText();
		}

		private List<String> wrap(PDType1Font font, float size, String text) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			for (String word : text.split(" ")) {
				String candidate = current.isEmpty() ? word : current + " " + word;
				if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
					lines.add(current.toString());
					current = new StringBuilder(word);
				}
				else {
					current = new StringBuilder(candidate);
				}
			}
			if (!current.isEmpty()) {
				lines.add(current.toString());
			}
			return lines;
		}

	}

	/**
	 * The text with only characters the standard PDF fonts have: a letter they lack loses
	 * its accent (or becomes a question mark) rather than the address its page.
	 */
	static String printable(PDType1Font font, String text) {
		if (encodable(font, text)) {
			return text;
		}
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (encodable(font, String.valueOf(c))) {
				result.append(c);
				continue;
			}
			String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			result.append(!plain.isEmpty() && encodable(font, plain) ? plain : "?");
		}
		return result.toString();
	}

	private static boolean encodable(PDType1Font font, String text) {
		try {
			font.encode(text);
			return true;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

}
