package nl.wijkstem.account.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import nl.wijkstem.account.ResidencyStatus;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.Languages;

/**
 * The sentences that tell a person where their residency stands, shared by the views that
 * show it.
 */
final class ResidencyTexts {

	/** The reason recorded when the identity provider's claim ended a verification. */
	private static final String CLAIM_ENDED = "claim";

	private ResidencyTexts() {
	}

	/** One sentence to the person themselves: verified or not. */
	static String headline(Component view, ResidencyStatus status, String areaName) {
		return status.verified() ? view.getTranslation("residency.status.verified", areaName)
				: view.getTranslation("residency.status.notVerified");
	}

	/**
	 * To the person themselves: how and when, or why no longer; empty if never verified.
	 */
	static String detail(Component view, ResidencyStatus status) {
		return detail(view, status, "residency.status.");
	}

	/**
	 * One sentence about someone else, for the bureau: verified or not, naming them.
	 */
	static String headlineAbout(Component view, ResidencyStatus status, String name, String areaName) {
		return status.verified() ? view.getTranslation("residents.status.verified", name, areaName)
				: view.getTranslation("residents.status.notVerified", name);
	}

	/** About someone else, for the bureau: how and when, or why no longer. */
	static String detailAbout(Component view, ResidencyStatus status) {
		return detail(view, status, "residents.status.");
	}

	/**
	 * The same facts in the second or the third person: {@code prefix} chooses the set of
	 * sentences.
	 */
	private static String detail(Component view, ResidencyStatus status, String prefix) {
		if (status.verified()) {
			String when = DisplayFormats.dateTime(status.verifiedAt(), locale(view));
			if (status.address() != null) {
				return view.getTranslation(prefix + "how.CODE.address", when, status.address());
			}
			return view.getTranslation(prefix + "how." + status.method(), when);
		}
		if (status.wasRevoked()) {
			String when = DisplayFormats.dateTime(status.revokedAt(), locale(view));
			String reason = CLAIM_ENDED.equals(status.revokeReason()) ? view.getTranslation(prefix + "revoked.claim")
					: status.revokeReason();
			return view.getTranslation(prefix + "revoked", when, reason);
		}
		return "";
	}

	private static Locale locale(Component view) {
		UI ui = view.getUI().orElseGet(UI::getCurrent);
		return ui == null ? Languages.DUTCH : ui.getLocale();
	}

	static String date(Component view, LocalDate date) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale(view)).format(date);
	}

}
