package nl.wijkstem.account;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * The letters for one mail-out: one A4 page per address, laid out as a municipal letter
 * for a window envelope: the logo and the sender at the top, the return address and the
 * address in the envelope's window, the date and the letter's reference below it, then
 * the letter in Dutch (plain B1 language) with an English summary, and how to reach the
 * programme bureau. The letter is the same whatever language the administrator uses
 * Wijkstem in.
 * <p>
 * The text is set in DejaVu Sans, embedded as a subset: the standard PDF fonts know only
 * Western European letters, and street names such as "Łódźstraat" must print as they are.
 */
final class LetterPdf {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

	static final float MM = 72f / 25.4f;

	private static final float PAGE_WIDTH = PDRectangle.A4.getWidth();

	private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();

	/**
	 * The address starts this far inside the window, so it stays visible when the sheet
	 * shifts in the envelope; the body text starts at the same distance from the edge.
	 */
	static final float WINDOW_INSET = 5 * MM;

	private static final float RIGHT_MARGIN = 20 * MM;

	/** The sender's details stand right of the window, in a column this wide. */
	private static final float COLUMN_WIDTH = 62 * MM;

	private static final float GREY = 0.33f;

	/**
	 * @param programmeName the programme that sends the letter, e.g. "Wij de Westwijk"
	 * @param areaName the area, e.g. "Westwijk"
	 * @param letterUrl where the code is entered
	 * @param accountsPerAddress how many residents may use one letter
	 * @param place the town when an address has none of its own, or {@code null}
	 * @param sender who sends the letter and how to reach them
	 * @param logo the programme's logo as PNG or JPEG, or {@code null}
	 */
	record Letterhead(String programmeName, String areaName, String letterUrl, int accountsPerAddress, String place,
			LetterProperties sender, byte[] logo) {
	}

	/**
	 * One letter: the address and its code in clear, as printed.
	 *
	 * @param reference the letter's reference ("ons kenmerk"), by which the bureau finds
	 * the address when a resident calls
	 */
	record Letter(AddressLine address, String code, String reference) {
	}

	private final Letterhead head;

	private final LetterProperties sender;

	private final LocalDate expiresOn;

	/** When on {@code expiresOn} voting closes, or {@code null}: the whole day. */
	private final LocalTime closesAt;

	private final LocalDate writtenOn;

	private PDFont regular;

	private PDFont bold;

	private PDFont italic;

	private PDFont mono;

	private PDImageXObject logo;

	private final Map<String, List<String>> wrapped = new HashMap<>();

	private final Map<String, String> printed = new HashMap<>();

	private final Map<PDFont, Map<Integer, Float>> characterWidths = new HashMap<>();

	private LetterPdf(Letterhead head, LocalDate expiresOn, LocalTime closesAt, LocalDate writtenOn) {
		this.head = head;
		this.sender = head.sender();
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

	/** Where the address window lies on the page, in PDF points from the bottom left. */
	static PDRectangle window(LetterProperties.Window window) {
		return new PDRectangle(window.left() * MM, PAGE_HEIGHT - (window.top() + window.height()) * MM,
				window.width() * MM, window.height() * MM);
	}

	private byte[] render(List<Letter> letters) {
		try (PDDocument document = new PDDocument()) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle("Wijkstem: code om mee te stemmen / code to vote");
			info.setAuthor(sender.senderOr(head.programmeName()));
			document.getDocumentCatalog().setLanguage("nl-NL");
			regular = font(document, "DejaVuSans.ttf");
			bold = font(document, "DejaVuSans-Bold.ttf");
			italic = font(document, "DejaVuSans-Oblique.ttf");
			mono = font(document, "DejaVuSansMono-Bold.ttf");
			logo = head.logo() == null ? null : PDImageXObject.createFromByteArray(document, head.logo(), "logo");
			// everything the letters share is drawn once and placed on every page: a
			// mail-out of thousands stays small and quick to make
			// (an appearance stream is a plain form XObject that PDPageContentStream can
			// write)
			PDAppearanceStream stationery = new PDAppearanceStream(document);
			stationery.setBBox(PDRectangle.A4);
			stationery.setResources(new PDResources());
			try (PDPageContentStream content = new PDPageContentStream(document, stationery)) {
				new Writer(content, true).letter(null);
			}
			for (Letter letter : letters) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.drawForm(stationery);
					new Writer(content, false).letter(letter);
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

	private static PDFont font(PDDocument document, String file) throws IOException {
		try (InputStream in = LetterPdf.class.getResourceAsStream(FONTS + file)) {
			if (in == null) {
				throw new IOException("Font " + file + " is missing: add net.sf.jasperreports:jasperreports-fonts");
			}
			return PDType0Font.load(document, new ByteArrayInputStream(in.readAllBytes()), true);
		}
	}

	/**
	 * Lays out one letter, and draws either what all letters share (the stationery) or
	 * what is this letter's own (its address, reference and code). Both passes go through
	 * the same layout, so the parts fall into place.
	 */
	private final class Writer {

		private final PDPageContentStream content;

		/** Whether this pass draws the shared parts; otherwise the letter's own. */
		private final boolean shared;

		private final PDRectangle window = window(sender.window());

		/** Where the address and the letter's text start. */
		private final float left = window.getLowerLeftX() + WINDOW_INSET;

		private final float width = PAGE_WIDTH - RIGHT_MARGIN - left;

		private float y;

		Writer(PDPageContentStream content, boolean shared) {
			this.content = content;
			this.shared = shared;
		}

		/**
		 * @param letter the letter, or {@code null} when drawing the shared parts
		 */
		void letter(Letter letter) throws IOException {
			if (shared) {
				top();
				senderColumn();
				foldMarks();
			}
			address(letter == null ? null : letter.address());
			references(letter == null ? null : letter.reference());
			body(letter == null ? null : letter.code());
		}

		/** The logo, or the programme's name when there is none. */
		private void top() throws IOException {
			float top = PAGE_HEIGHT - 14 * MM;
			if (logo != null) {
				float height = 20 * MM;
				float scaled = logo.getWidth() * height / logo.getHeight();
				if (scaled > 75 * MM) {
					scaled = 75 * MM;
					height = logo.getHeight() * scaled / logo.getWidth();
				}
				content.drawImage(logo, left, top - height, scaled, height);
			}
			else {
				y = top;
				line(bold, 16, left, head.programmeName());
			}
		}

		/**
		 * The return address and the addressee, inside the envelope's window. A long
		 * street name gets a smaller letter rather than being cut off by the window's
		 * edge.
		 */
		private void address(AddressLine address) throws IOException {
			float maxWidth = window.getUpperRightX() - 3 * MM - left;
			String returnAddress = sender.returnAddress().strip();
			y = window.getUpperRightY() - 2 * MM;
			if (!returnAddress.isEmpty()) {
				float size = fitting(regular, 7, 5, maxWidth, returnAddress);
				grey(() -> line(regular, size, left, returnAddress));
				if (shared) {
					float lineY = y - 1.5f;
					content.setStrokingColor(GREY);
					content.setLineWidth(0.4f);
					content.moveTo(left, lineY);
					content.lineTo(left + Math.min(maxWidth, width(regular, size, returnAddress)), lineY);
					content.stroke();
					content.setStrokingColor(0f);
				}
				y -= 3 * MM;
			}
			else {
				y -= 6 * MM;
			}
			if (address == null) {
				return;
			}
			AddressLine withPlace = address.place() == null && head.place() != null ? new AddressLine(address.street(),
					address.houseNumber(), address.addition(), address.postcode(), head.place()) : address;
			List<String> lines = List.of("Aan de bewoners van", withPlace.streetLine(), withPlace.postcodeLine());
			float size = lines.stream().map(text -> fitting(regular, 10.5f, 7, maxWidth, text)).reduce(Math::min).get();
			for (String text : lines) {
				own(regular, size, left, text);
			}
		}

		/**
		 * The sender's name, visiting address and contact details, right of the window.
		 */
		private void senderColumn() throws IOException {
			float x = PAGE_WIDTH - RIGHT_MARGIN - COLUMN_WIDTH;
			y = window.getUpperRightY() + 2;
			for (String text : wrap(bold, 8.5f, COLUMN_WIDTH, sender.senderOr(head.programmeName()))) {
				line(bold, 8.5f, x, text);
			}
			for (String address : sender.visitingAddress()) {
				for (String text : wrap(regular, 8.5f, COLUMN_WIDTH, address)) {
					line(regular, 8.5f, x, text);
				}
			}
			y -= 2 * MM;
			contact(x, "Telefoon", sender.phone());
			contact(x, "E-mail", sender.email());
			contact(x, "Website", sender.website());
		}

		private void contact(float x, String label, String value) throws IOException {
			if (value.isBlank()) {
				return;
			}
			grey(() -> line(regular, 7, x, label));
			y += 1.5f;
			// an e-mail or web address cannot be wrapped: it gets a smaller letter
			// instead
			line(regular, fitting(regular, 8.5f, 6, COLUMN_WIDTH, value.strip()), x, value.strip());
			y -= 1;
		}

		/** Short marks in the margin where the sheet is folded in three. */
		private void foldMarks() throws IOException {
			content.setStrokingColor(0.6f);
			content.setLineWidth(0.5f);
			for (float third : new float[] { PAGE_HEIGHT / 3, PAGE_HEIGHT * 2 / 3 }) {
				content.moveTo(4 * MM, third);
				content.lineTo(8 * MM, third);
			}
			content.stroke();
			content.setStrokingColor(0f);
		}

		/** The date and the reference, in a row under the window. */
		private void references(String reference) throws IOException {
			float top = window.getLowerLeftY() - 8 * MM;
			float second = left + 55 * MM;
			y = top;
			grey(() -> line(regular, 7, left, "Datum"));
			line(regular, 10, left, DUTCH_DATE.format(writtenOn));
			y = top;
			grey(() -> line(regular, 7, second, "Ons kenmerk"));
			own(regular, 10, second, reference);
			y -= 9 * MM;
		}

		private void body(String code) throws IOException {
			line(bold, 13, left, "Je persoonlijke code om mee te stemmen");
			y -= 4;
			paragraph(regular, 10, "Beste bewoner,");
			paragraph(regular, 10, "Op Wijkstem praat je mee over plannen voor de " + head.areaName()
					+ ". Je kunt ideeën geven en stemmen. Stemmen mag alleen als je in de " + head.areaName()
					+ " woont. Met de code in deze brief laat je zien dat je hier woont. Je hoeft geen burgerservicenummer (BSN) te geven.");
			line(bold, 10, left, "Zo doe je het:");
			line(regular, 10, left, "1.  Ga naar " + head.letterUrl());
			line(regular, 10, left, "2.  Log in.");
			line(regular, 10, left, "3.  Vul deze code in:");
			codeBox(code);
			String residents = head.accountsPerAddress() == 1 ? "1 bewoner" : head.accountsPerAddress() + " bewoners";
			paragraph(regular, 10, dutchValidity() + " Met deze code kunnen " + residents
					+ " van dit adres meedoen. Ieder logt in met een eigen account. Geef de code niet aan mensen die "
					+ "niet op dit adres wonen.");
			paragraph(regular, 10, "Lukt het niet, of heb je geen computer? " + dutchVisit());
			String contact = dutchContact();
			if (!contact.isEmpty()) {
				paragraph(regular, 10, contact);
			}
			paragraph(regular, 10, "Met vriendelijke groet,");
			y -= 6 * MM;
			String signatory = sender.signatory().isBlank() ? sender.senderOr(head.programmeName())
					: sender.signatory().strip();
			line(regular, 10, left, signatory);
			if (!sender.signatoryRole().isBlank()) {
				line(regular, 10, left, sender.signatoryRole().strip());
			}
			y -= 5 * MM;
			paragraph(italic, 9,
					"English: this letter has your personal code to show that you live in the " + head.areaName()
							+ ", so you can vote on Wijkstem. Go to " + head.letterUrl()
							+ ", sign in and enter the code above. " + englishValidity() + englishHelp());
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

		/** Where and when to come to the bureau. */
		private String dutchVisit() {
			String visit = "Kom langs bij het programmabureau van " + head.programmeName();
			if (sender.hasVisitingAddress()) {
				visit += " in " + String.join(", ", sender.visitingAddress());
			}
			visit += ".";
			if (!sender.openingHours().nl().isBlank()) {
				visit += " We zijn er " + sender.openingHours().nl().strip() + ".";
			}
			return visit + " Neem deze brief mee.";
		}

		private String dutchContact() {
			String phone = sender.phone().strip();
			String email = sender.email().strip();
			if (!phone.isEmpty() && !email.isEmpty()) {
				return "Een vraag? Bel " + phone + " of mail naar " + email + ".";
			}
			if (!phone.isEmpty()) {
				return "Een vraag? Bel " + phone + ".";
			}
			return email.isEmpty() ? "" : "Een vraag? Mail naar " + email + ".";
		}

		private String englishHelp() {
			StringBuilder help = new StringBuilder(" Need help? Come to the programme bureau");
			if (sender.hasVisitingAddress()) {
				help.append(" at ").append(String.join(", ", sender.visitingAddress()));
			}
			String hours = sender.openingHours().in(Locale.ENGLISH).strip();
			if (!hours.isEmpty()) {
				help.append(" (").append(hours).append(')');
			}
			if (!sender.phone().isBlank()) {
				help.append(", call ").append(sender.phone().strip());
			}
			if (!sender.email().isBlank()) {
				help.append(", or e-mail ").append(sender.email().strip());
			}
			return help.append('.').toString();
		}

		private void codeBox(String code) throws IOException {
			float size = 20;
			float boxHeight = 12 * MM;
			float top = y - 2 * MM;
			if (shared) {
				content.setLineWidth(1.2f);
				content.addRect(left, top - boxHeight, 90 * MM, boxHeight);
				content.stroke();
			}
			else {
				y = top - boxHeight / 2 - size * 0.35f;
				text(mono, size, left + 6 * MM, code);
			}
			y = top - boxHeight - 3 * MM;
		}

		private void paragraph(PDFont font, float size, String text) throws IOException {
			for (String shown : wrap(font, size, width, printed(font, text))) {
				line(font, size, left, shown);
			}
			y -= size * 0.6f;
		}

		/** A line all letters share. */
		private void line(PDFont font, float size, float x, String text) throws IOException {
			y -= size * 1.35f;
			if (shared) {
				text(font, size, x, printed(font, text));
			}
		}

		/** A line of this letter's own. */
		private void own(PDFont font, float size, float x, String text) throws IOException {
			y -= size * 1.35f;
			if (!shared) {
				text(font, size, x, printed(font, text));
			}
		}

		private void text(PDFont font, float size, float x, String text) throws IOException {
			content.beginText();
			content.setFont(font, size);
			content.newLineAtOffset(x, y);
			content.showText(text);
			content.endText();
		}

		private void grey(Step step) throws IOException {
			if (!shared) {
				step.run();
				return;
			}
			content.setNonStrokingColor(GREY);
			step.run();
			content.setNonStrokingColor(0f);
		}

	}

	@FunctionalInterface
	private interface Step {

		void run() throws IOException;

	}

	/**
	 * The largest size from {@code size} down to {@code smallest} at which the text fits.
	 */
	private float fitting(PDFont font, float size, float smallest, float maxWidth, String text) {
		float fitting = size;
		while (fitting > smallest && width(font, fitting, text) > maxWidth) {
			fitting -= 0.5f;
		}
		return fitting;
	}

	/**
	 * How wide the text is, from each character's width: asking the embedded font for a
	 * whole string encodes and decodes it, which thousands of letters feel.
	 */
	private float width(PDFont font, float size, String text) {
		Map<Integer, Float> widths = characterWidths.computeIfAbsent(font, key -> new HashMap<>());
		float total = 0;
		for (int codePoint : printed(font, text).codePoints().toArray()) {
			total += widths.computeIfAbsent(codePoint, key -> {
				try {
					return font.getStringWidth(Character.toString(codePoint));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		return total / 1000 * size;
	}

	/**
	 * The text in lines no wider than {@code maxWidth}. Remembered: most of a letter is
	 * the same on every page, and measuring text in an embedded font is slow.
	 */
	private List<String> wrap(PDFont font, float size, float maxWidth, String text) {
		return wrapped.computeIfAbsent(System.identityHashCode(font) + "|" + size + "|" + maxWidth + "|" + text,
				key -> wrapOnce(font, size, maxWidth, text));
	}

	private List<String> wrapOnce(PDFont font, float size, float maxWidth, String text) {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = current.isEmpty() ? word : current + " " + word;
			if (!current.isEmpty() && width(font, size, candidate) > maxWidth) {
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

	/** As {@link #printable(PDFont, String)}, remembered for this document. */
	private String printed(PDFont font, String text) {
		return printed.computeIfAbsent(System.identityHashCode(font) + "|" + text, key -> printable(font, text));
	}

	/**
	 * The text with only characters the font has: DejaVu covers the Latin, Greek and
	 * Cyrillic alphabets, and a letter beyond them loses its accent (or becomes a
	 * question mark) rather than the address its page.
	 */
	static String printable(PDFont font, String text) {
		if (encodable(font, text)) {
			return text;
		}
		StringBuilder result = new StringBuilder(text.length());
		text.codePoints().forEach(codePoint -> {
			String character = Character.toString(codePoint);
			if (encodable(font, character)) {
				result.append(character);
				return;
			}
			String plain = Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			result.append(!plain.isEmpty() && encodable(font, plain) ? plain : "?");
		});
		return result.toString();
	}

	private static boolean encodable(PDFont font, String text) {
		try {
			font.encode(text);
			return true;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

}
