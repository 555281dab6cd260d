package nl.wijkstem.account;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LetterPdfTest {

	private static final LetterPdf.Letterhead HEAD = new LetterPdf.Letterhead("Wij de Westwijk", "Westwijk",
			"https://wijkstem.example.nl/verify", 2, "Vlaardingen");

	@Test
	void everyAddress_getsOnePage_withItsAddressCodeAndWebAddress_inDutchAndEnglish() throws IOException {
		List<LetterPdf.Letter> letters = List.of(
				new LetterPdf.Letter(new AddressLine("Reigerlaan", 12, "A", "3132XA", null), "K7QM-3XRT-9CWE"),
				new LetterPdf.Letter(new AddressLine("Floris de Vijfdelaan", 3, "", "3132XB", "Schiedam"),
						"ABCD-EFGH-JKLM"),
				new LetterPdf.Letter(new AddressLine("Łódźweg", 1, "", "3132XC", null), "2345-6789-NPQR"));

		byte[] pdf = LetterPdf.render(HEAD, LocalDate.of(2027, 3, 31), LocalDate.of(2026, 12, 1), letters);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(3);
			String first = page(document, 1);
			assertThat(first).contains("Reigerlaan 12 A", "3132 XA", "VLAARDINGEN", "K7QM-3XRT-9CWE",
					"https://wijkstem.example.nl/verify", "31 maart 2027", "2 bewoners", "Westwijk", "English:",
					"March 2027");
			assertThat(first).doesNotContain("ABCD-EFGH-JKLM");
			assertThat(page(document, 2)).contains("Floris de Vijfdelaan 3", "3132 XB", "SCHIEDAM", "ABCD-EFGH-JKLM");
			assertThat(page(document, 3)).contains("?ódzweg 1", "2345-6789-NPQR");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
		}
	}

	static String page(PDDocument document, int number) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(number);
		stripper.setEndPage(number);
		return stripper.getText(document);
	}

}
