package nl.wijkstem.account;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import nl.wijkstem.base.LocalizedText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LetterPdfTest {

	private static final LetterProperties.Window WINDOW = new LetterProperties.Window(20, 50, 90, 45);

	private static final LetterProperties SENDER = new LetterProperties("Programmabureau Wij de Westwijk", null,
			"Wij de Westwijk, Voorbeeldlaan 1, 3132 AA Vlaardingen",
			List.of("IKC De Wereldwijzer", "Voorbeeldlaan 1", "3132 AA Vlaardingen"),
			new LocalizedText("op maandag tot en met donderdag van 9.00 tot 12.00 uur",
					"Monday to Thursday, 9 am to 12 noon"),
			"010 000 00 00", "bureau@wijdewestwijk.example.nl", "wijdewestwijk.example.nl", "A. Voorbeeld",
			"Programmamanager Wij de Westwijk", "WDW", WINDOW);

	private static final LetterPdf.Letterhead HEAD = new LetterPdf.Letterhead("Wij de Westwijk", "Westwijk",
			"https://wijkstem.example.nl/verify", 2, "Vlaardingen", SENDER, logo());

	private static final LocalDate EXPIRES = LocalDate.of(2027, 3, 31);

	private static final LocalDate PRINTED = LocalDate.of(2026, 12, 1);

	@Test
	void everyAddress_getsOnePage_withItsAddressCodeAndWebAddress_inDutchAndEnglish() throws IOException {
		List<LetterPdf.Letter> letters = List.of(
				new LetterPdf.Letter(new AddressLine("Reigerlaan", 12, "A", "3132XA", null), "K7QM-3XRT-9CWE",
						"WDW-7-101"),
				new LetterPdf.Letter(new AddressLine("Floris de Vijfdelaan", 3, "", "3132XB", "Schiedam"),
						"ABCD-EFGH-JKLM", "WDW-7-102"),
				new LetterPdf.Letter(new AddressLine("Łódźstraat", 1, "", "3132XC", null), "2345-6789-NPQR",
						"WDW-7-103"));

		byte[] pdf = LetterPdf.render(HEAD, EXPIRES, PRINTED, letters);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(3);
			String first = page(document, 1);
			assertThat(first).contains("Reigerlaan 12 A", "3132 XA", "VLAARDINGEN", "K7QM-3XRT-9CWE",
					"https://wijkstem.example.nl/verify", "31 maart 2027", "2 bewoners", "Westwijk", "English:",
					"March 2027");
			assertThat(first).doesNotContain("ABCD-EFGH-JKLM");
			assertThat(page(document, 2)).contains("Floris de Vijfdelaan 3", "3132 XB", "SCHIEDAM", "ABCD-EFGH-JKLM");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
		}
	}

	@Test
	void streetNameOutsideWesternEurope_printsAsItIs_inAnEmbeddedFont() throws IOException {
		byte[] pdf = oneLetter(new AddressLine("Łódźstraat", 7, "", "3132XC", null), "2345-6789-NPQR", "WDW-7-103");

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(page(document, 1)).contains("Łódźstraat 7").doesNotContain("?ódz");
			List<PDFont> fonts = fonts(document.getPage(0).getResources());
			assertThat(fonts).hasSizeGreaterThanOrEqualTo(4).allSatisfy(font -> {
				assertThat(font).isInstanceOf(PDType0Font.class);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
			});
		}
	}

	@Test
	void letter_namesItsReference_whenAndWhereToComeToTheBureau_theContactDetailsAndWhoSigns() throws IOException {
		byte[] pdf = LetterPdf.render(HEAD, EXPIRES, LocalTime.of(18, 0), PRINTED,
				List.of(new LetterPdf.Letter(new AddressLine("Reigerlaan", 12, "A", "3132XA", null), "K7QM-3XRT-9CWE",
						"WDW-7-101")));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = page(document, 1).replaceAll("\\s+", " ");
			assertThat(text).contains("Ons kenmerk", "WDW-7-101", "Datum", "1 december 2026",
					"Programmabureau Wij de Westwijk", "Wij de Westwijk, Voorbeeldlaan 1, 3132 AA Vlaardingen",
					"IKC De Wereldwijzer, Voorbeeldlaan 1, 3132 AA Vlaardingen",
					"op maandag tot en met donderdag van 9.00 tot 12.00 uur", "Neem deze brief mee",
					"Bel 010 000 00 00 of mail naar bureau@wijdewestwijk.example.nl", "wijdewestwijk.example.nl",
					"Met vriendelijke groet", "A. Voorbeeld", "Programmamanager Wij de Westwijk",
					"Monday to Thursday, 9 am to 12 noon", "31 maart 2027 om 18:00 uur");
			assertThat(images(document.getPage(0).getResources())).as("the logo").isEqualTo(1);
		}
	}

	@Test
	void addressAndReturnAddress_lieInsideTheEnvelopeWindow_alignedWithTheText_andNothingElseDoes() throws IOException {
		byte[] pdf = oneLetter(new AddressLine("Reigerlaan", 12, "A", "3132XA", null), "K7QM-3XRT-9CWE", "WDW-7-101");

		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<Line> lines = lines(document);
			PDRectangle window = LetterPdf.window(WINDOW);
			List<String> inWindow = lines.stream().filter(line -> line.overlaps(window)).map(Line::text).toList();
			assertThat(inWindow).containsExactly("Wij de Westwijk, Voorbeeldlaan 1, 3132 AA Vlaardingen",
					"Aan de bewoners van", "Reigerlaan 12 A", "3132 XA  VLAARDINGEN");
			lines.stream()
				.filter(line -> inWindow.contains(line.text()))
				.forEach(line -> assertThat(line.inside(window)).as(line.text()).isTrue());
			Line addressee = line(lines, "Aan de bewoners van");
			assertThat(addressee.left()).isEqualTo(line(lines, "Beste bewoner,").left(), within(0.5f));
			assertThat(addressee.left() - window.getLowerLeftX()).isEqualTo(LetterPdf.WINDOW_INSET, within(0.5f));
		}
	}

	@Test
	void longStreetName_getsASmallerLetter_andStaysInsideTheWindow() throws IOException {
		String street = "Burgemeester Baron van Voerst van Lyndenstraat";
		byte[] pdf = oneLetter(new AddressLine(street, 12345, "BIS", "3132XA", "Vlaardingen-Ambacht"), "K7QM-3XRT-9CWE",
				"WDW-7-101");

		try (PDDocument document = Loader.loadPDF(pdf)) {
			Line address = line(lines(document), street + " 12345 BIS");
			assertThat(address.inside(LetterPdf.window(WINDOW))).isTrue();
		}
	}

	/** The images a page shows, also inside the forms it draws. */
	static int images(PDResources resources) throws IOException {
		int images = 0;
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDImageXObject) {
				images++;
			}
			else if (object instanceof PDFormXObject form) {
				images += images(form.getResources());
			}
		}
		return images;
	}

	/**
	 * One letter, with the code valid until 31 March 2027, printed on 1 December 2026.
	 */
	private static byte[] oneLetter(AddressLine address, String code, String reference) {
		return LetterPdf.render(HEAD, EXPIRES, PRINTED, List.of(new LetterPdf.Letter(address, code, reference)));
	}

	/** The fonts a page uses, also inside the forms it draws. */
	private static List<PDFont> fonts(PDResources resources) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (COSName name : resources.getFontNames()) {
			fonts.add(resources.getFont(name));
		}
		for (COSName name : resources.getXObjectNames()) {
			if (resources.getXObject(name) instanceof PDFormXObject form) {
				fonts.addAll(fonts(form.getResources()));
			}
		}
		return fonts;
	}

	static String page(PDDocument document, int number) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(number);
		stripper.setEndPage(number);
		return stripper.getText(document);
	}

	/** A line of text on the first page and the box its letters take, in PDF points. */
	record Line(String text, float left, float right, float bottom, float top) {

		boolean inside(PDRectangle box) {
			return left >= box.getLowerLeftX() && right <= box.getUpperRightX() && bottom >= box.getLowerLeftY()
					&& top <= box.getUpperRightY();
		}

		boolean overlaps(PDRectangle box) {
			return left < box.getUpperRightX() && right > box.getLowerLeftX() && bottom < box.getUpperRightY()
					&& top > box.getLowerLeftY();
		}

	}

	private static Line line(List<Line> lines, String text) {
		return lines.stream()
			.filter(line -> line.text().equals(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError(text + " not among " + lines));
	}

	/**
	 * Every line of the first page with where it stands, from PDFBox's text positions.
	 */
	private static List<Line> lines(PDDocument document) throws IOException {
		float pageHeight = document.getPage(0).getMediaBox().getHeight();
		List<Line> lines = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {

			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				float left = Float.MAX_VALUE;
				float right = 0;
				float bottom = Float.MAX_VALUE;
				float top = 0;
				for (TextPosition position : positions) {
					// YDirAdj is the baseline measured from the top; descenders reach
					// below it
					float baseline = pageHeight - position.getYDirAdj();
					left = Math.min(left, position.getXDirAdj());
					right = Math.max(right, position.getXDirAdj() + position.getWidthDirAdj());
					bottom = Math.min(bottom, baseline - position.getFontSizeInPt() * 0.25f);
					top = Math.max(top, baseline + position.getHeightDir());
				}
				lines.add(new Line(text.strip(), left, right, bottom, top));
			}

		};
		stripper.setStartPage(1);
		stripper.setEndPage(1);
		stripper.getText(document);
		return lines;
	}

	private static byte[] logo() {
		try (InputStream in = LetterPdfTest.class.getResourceAsStream("/programme/westwijk-logo.png")) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
