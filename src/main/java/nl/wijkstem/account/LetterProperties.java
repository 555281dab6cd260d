package nl.wijkstem.account;

import java.util.List;

import nl.wijkstem.base.LocalizedText;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Who sends the residents' letters and where residents can go with them, set per
 * installation in the programme file ({@code programme/westwijk.yml} holds the Westwijk
 * example). Lines left empty are left off the letter.
 *
 * @param sender the sender as the letter names it, e.g. "Programmabureau Wij de
 * Westwijk"; empty: "Programmabureau" and the programme's name
 * @param logo a PNG or JPEG printed at the top left (PDF cannot draw SVG), or none
 * @param returnAddress one line printed small above the address in the envelope window,
 * where the post returns undeliverable letters
 * @param visitingAddress the lines of the address where residents come with their letter
 * @param openingHours when the bureau is open, as part of a sentence ("maandag tot en met
 * donderdag van 9.00 tot 12.00 uur")
 * @param phone the bureau's telephone number
 * @param email the bureau's e-mail address
 * @param website the programme's web address
 * @param signatory who signs the letter
 * @param signatoryRole the signatory's role, e.g. "Programmamanager Wij de Westwijk"
 * @param referencePrefix the start of each letter's reference ("ons kenmerk"), followed
 * by the batch and the address number, e.g. {@code WDW-12-3456}
 * @param window where the envelope's address window lies on the folded A4 sheet
 */
@ConfigurationProperties("wijkstem.letters")
record LetterProperties(@DefaultValue("") String sender, Resource logo, @DefaultValue("") String returnAddress,
		@DefaultValue("") List<String> visitingAddress, LocalizedText openingHours, @DefaultValue("") String phone,
		@DefaultValue("") String email, @DefaultValue("") String website, @DefaultValue("") String signatory,
		@DefaultValue("") String signatoryRole, @DefaultValue("WS") String referencePrefix,
		@DefaultValue Window window) {

	LetterProperties {
		visitingAddress = visitingAddress == null ? List.of()
				: visitingAddress.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
		openingHours = openingHours == null ? new LocalizedText("", "") : openingHours;
		window = window == null ? new Window(20, 50, 90, 45) : window;
	}

	/**
	 * The address window of the envelope, in millimetres from the left and top edges of
	 * the A4 sheet. The defaults suit the Dutch window envelopes for A4 folded in three
	 * (C5/6, 114 × 229 mm, and EA5/6, 110 × 220 mm, window on the left, NEN 1026): a
	 * window of about 90 × 45 mm whose top left corner lies 20 mm from the left and 50 mm
	 * from the top of the sheet.
	 */
	record Window(@DefaultValue("20") float left, @DefaultValue("50") float top, @DefaultValue("90") float width,
			@DefaultValue("45") float height) {
	}

	/** The sender, or "Programmabureau" and the programme's name when none is set. */
	String senderOr(String programmeName) {
		return sender.isBlank() ? "Programmabureau " + programmeName : sender.strip();
	}

	/** Whether there is anything to say about visiting the bureau. */
	boolean hasVisitingAddress() {
		return !visitingAddress.isEmpty();
	}

}
