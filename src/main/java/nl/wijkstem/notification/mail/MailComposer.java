package nl.wijkstem.notification.mail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.wijkstem.base.Branding;
import nl.wijkstem.base.SiteAddress;
import nl.wijkstem.base.Translator;
import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeKind;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the three kinds of mail in the recipient's language: the confirmation of an
 * address, one notice, and a digest of notices. Each is an HTML part and a plain-text
 * part with the same content; user text (titles, moderators' messages) is always escaped.
 * <p>
 * The HTML is written for mail programs, not browsers: a layout of tables with inline
 * styles (Outlook ignores most else), at most 600 pixels wide, no images at all (so
 * nothing is hidden when a program blocks them and nothing can track a reader), real
 * headings and the language on the page. All text stands on white except white text on
 * the programme's colour, which {@link nl.wijkstem.base.HouseStyle} only accepts with a
 * contrast of 4.5:1 with white; links are in that colour on white and underlined.
 * <p>
 * Every notice and digest says in its footer why it came, links to the choices under
 * <em>Mijn gegevens</em> and has an unsubscribe link, which also goes into the
 * {@code List-Unsubscribe} headers for one-click unsubscribe (RFC 8058).
 */
@Component
class MailComposer {

	/** The route of <em>Mijn gegevens</em>, where the resident chooses their mail. */
	static final String PREFERENCES = "my/data";

	private static final String FONT = "font-family:Arial,Helvetica,sans-serif;";

	private static final String TEXT_COLOUR = "#1f2937";

	private static final String QUIET_COLOUR = "#4b5563";

	/** Lines of HTML are broken (at a space) after this many characters. */
	private static final int LINE = 200;

	private final MailTexts texts;

	private final SiteAddress site;

	private final Branding branding;

	private final UnsubscribeTokens tokens;

	MailComposer(MailTexts texts, SiteAddress site, Branding branding, UnsubscribeTokens tokens) {
		this.texts = texts;
		this.site = site;
		this.branding = branding;
		this.tokens = tokens;
	}

	ComposedMail confirmation(EmailAddresses.ConfirmationPayload payload) {
		Mail mail = new Mail(texts.in(payload.language()));
		String programme = branding.programmeName();
		String heading = mail.words.text("mail.confirm.heading");
		mail.heading(heading)
			.paragraph(mail.words.text("mail.confirm.text", programme))
			.button(mail.words.text("mail.confirm.link"), site.link("email/bevestigen/" + payload.token()))
			.paragraph(mail.words.text("mail.confirm.ignore"))
			.footer(mail.words.text("mail.footer.confirmation", programme));
		return new ComposedMail(payload.to(), mail.words.text("mail.confirm.subject", programme), mail.text(),
				mail.html(heading), Map.of());
	}

	ComposedMail notice(NoticePayload notice, MailRecipient to) {
		Mail mail = new Mail(texts.in(to.language()));
		NoticeKind kind = kindOf(notice);
		String heading = mail.words.text(notice.messageKey() + ".title");
		mail.heading(heading)
			.paragraph(mail.words.text(notice.messageKey() + ".text", notice.subject()))
			.quote(notice.detail())
			.button(mail.words.text("mail.notice.open"), site.link(notice.link()));
		String unsubscribe = unsubscribeLink(UnsubscribeTokens.Claim.notice(to.accountId(), to.addressId(), kind), to);
		mail.footer(mail.words.text("mail.footer.why", label(mail.words, kind),
				mail.words.text("mail.cadence." + Cadence.IMMEDIATELY)))
			.footerLink(mail.words.text("mail.footer.preferences"), site.link(PREFERENCES))
			.footer(mail.words.text("mail.footer.afterUnsubscribe"))
			.footerLink(mail.words.text("mail.footer.unsubscribe.notice", label(mail.words, kind)), unsubscribe);
		return new ComposedMail(to.address(), heading + " – " + branding.programmeName(), mail.text(),
				mail.html(heading), unsubscribeHeaders(unsubscribe));
	}

	/**
	 * A digest: the items grouped by their kind (in the order residents choose them under
	 * <em>Mijn gegevens</em>), in the order given within a kind.
	 */
	ComposedMail digest(List<NoticePayload> items, Cadence cadence, MailRecipient to) {
		Mail mail = new Mail(texts.in(to.language()));
		String heading = mail.words.text("mail.digest." + cadence + ".heading", branding.programmeName());
		mail.heading(heading).paragraph(mail.words.text("mail.digest.intro", items.size()));
		Map<NoticeKind, List<NoticePayload>> byKind = new EnumMap<>(NoticeKind.class);
		for (NoticePayload item : items) {
			byKind.computeIfAbsent(kindOf(item), kind -> new ArrayList<>()).add(item);
		}
		byKind.forEach((kind, ofKind) -> {
			mail.section(label(mail.words, kind));
			for (NoticePayload item : ofKind) {
				String open = item.subject().isBlank() ? mail.words.text("mail.notice.open")
						: mail.words.text("mail.digest.open", item.subject());
				mail.item(mail.words.text(item.messageKey() + ".title"))
					.paragraph(mail.words.text(item.messageKey() + ".text", item.subject()))
					.quote(item.detail())
					.link(open, site.link(item.link()));
			}
		});
		String kinds = byKind.keySet()
			.stream()
			.map(kind -> "\"" + label(mail.words, kind) + "\"")
			.collect(Collectors.joining(", "));
		String unsubscribe = unsubscribeLink(UnsubscribeTokens.Claim.digest(to.accountId(), to.addressId(), cadence),
				to);
		mail.footer(mail.words.text("mail.footer.whyDigest", kinds, mail.words.text("mail.cadence." + cadence)))
			.footerLink(mail.words.text("mail.footer.preferences"), site.link(PREFERENCES))
			.footer(mail.words.text("mail.footer.afterUnsubscribeDigest"))
			.footerLink(mail.words.text("mail.footer.unsubscribe.digest." + cadence), unsubscribe);
		return new ComposedMail(to.address(), heading, mail.text(), mail.html(heading),
				unsubscribeHeaders(unsubscribe));
	}

	private String unsubscribeLink(UnsubscribeTokens.Claim claim, MailRecipient to) {
		return site.link(Unsubscribes.PATH + tokens.token(claim, to.address()));
	}

	/** RFC 8058: a mail program may offer "unsubscribe" and post to the link itself. */
	private static Map<String, String> unsubscribeHeaders(String link) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("List-Unsubscribe", "<" + link + ">");
		headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		return headers;
	}

	private static NoticeKind kindOf(NoticePayload notice) {
		return notice.kind() != null ? notice.kind() : NoticeKind.of(notice.messageKey());
	}

	private static String label(Translator words, NoticeKind kind) {
		return words.text("mail.kind." + kind);
	}

	/**
	 * The HTML in ASCII (other characters as numeric references) and in lines well under
	 * SMTP's limit of 998, so it travels as it is (7bit) instead of quoted-printable,
	 * whose soft line breaks cut long links apart for anything that reads the raw mail.
	 * Lines are only broken at spaces in long text, where HTML sees no difference.
	 */
	static String mailSafe(String html) {
		StringBuilder safe = new StringBuilder(html.length() + 64);
		int lineStart = 0;
		int lastSpace = -1;
		for (int i = 0; i < html.length();) {
			int codePoint = html.codePointAt(i);
			i += Character.charCount(codePoint);
			if (codePoint == '\n') {
				safe.append('\n');
				lineStart = safe.length();
				lastSpace = -1;
				continue;
			}
			if (codePoint == ' ') {
				lastSpace = safe.length();
			}
			if (codePoint < 128) {
				safe.append((char) codePoint);
			}
			else {
				safe.append("&#").append(codePoint).append(';');
			}
			if (safe.length() - lineStart > LINE && lastSpace > lineStart) {
				safe.setCharAt(lastSpace, '\n');
				lineStart = lastSpace + 1;
				lastSpace = -1;
			}
		}
		return safe.toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
	}

	/**
	 * One mail as it is written, in HTML and in plain text side by side, so both always
	 * say the same.
	 */
	private final class Mail {

		private final Translator words;

		private final StringBuilder body = new StringBuilder();

		private final StringBuilder footer = new StringBuilder();

		private final StringBuilder text = new StringBuilder();

		private final StringBuilder footerText = new StringBuilder();

		private final String colour = branding.houseStyle().colour();

		Mail(Translator words) {
			this.words = words;
		}

		Mail heading(String heading) {
			body.append("<h1 style=\"margin:0 0 16px;")
				.append(FONT)
				.append("font-size:24px;line-height:1.3;font-weight:bold;color:#111827;\">")
				.append(escape(heading))
				.append("</h1>");
			text.append(heading).append('\n').append("=".repeat(Math.min(heading.length(), 72))).append("\n\n");
			return this;
		}

		/** A heading per kind of notice in a digest. */
		Mail section(String title) {
			body.append("<h2 style=\"margin:32px 0 8px;padding-bottom:4px;border-bottom:2px solid ")
				.append(colour)
				.append(';')
				.append(FONT)
				.append("font-size:20px;line-height:1.3;font-weight:bold;color:#111827;\">")
				.append(escape(title))
				.append("</h2>");
			text.append('\n')
				.append(title)
				.append('\n')
				.append("-".repeat(Math.min(title.length(), 72)))
				.append("\n\n");
			return this;
		}

		/**
		 * One notice in a digest. The elements repeated per notice carry only what
		 * differs from the text cell they inherit font, size and colour from: a weekly
		 * digest of 50 notices was 66 kB with every element styled in full.
		 */
		Mail item(String title) {
			body.append("<h3 style=\"margin:20px 0 4px;font-size:17px;line-height:1.4;\">")
				.append(escape(title))
				.append("</h3>");
			text.append("* ").append(title).append('\n');
			return this;
		}

		Mail paragraph(String paragraph) {
			body.append("<p style=\"margin:0 0 16px;\">").append(escape(paragraph)).append("</p>");
			text.append(paragraph).append("\n\n");
			return this;
		}

		/**
		 * A moderator's message, as they wrote it (line breaks kept); none when blank.
		 */
		Mail quote(String detail) {
			if (detail == null || detail.isBlank()) {
				return this;
			}
			body.append("<blockquote style=\"margin:0 0 16px;padding:4px 0 4px 16px;border-left:4px solid ")
				.append(colour)
				.append(";\">")
				.append(escape(detail.strip()).replace("\r\n", "\n").replace("\n", "<br>"))
				.append("</blockquote>");
			detail.strip().lines().forEach(line -> text.append("> ").append(line).append('\n'));
			text.append('\n');
			return this;
		}

		/** A link of its own line, in the programme's colour and underlined. */
		Mail link(String label, String address) {
			body.append("<p style=\"margin:0 0 16px;\">")
				.append(anchor(label, address, "color:" + colour + ";text-decoration:underline;"))
				.append("</p>");
			text.append(label).append(":\n").append(address).append("\n\n");
			return this;
		}

		/**
		 * The main link as a button: white on the programme's colour, which reaches
		 * 4.5:1; a table cell carries the colour too, for programs that drop a link's
		 * padding.
		 */
		Mail button(String label, String address) {
			body.append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
					+ "style=\"margin:8px 0 24px;border-collapse:separate;\"><tr><td bgcolor=\"")
				.append(colour)
				.append("\" style=\"background-color:")
				.append(colour)
				.append(";border-radius:4px;\">")
				.append(anchor(label, address,
						"display:inline-block;padding:12px 20px;" + FONT
								+ "font-size:16px;line-height:1.3;font-weight:bold;color:#ffffff;"
								+ "text-decoration:underline;background-color:" + colour + ";border-radius:4px;"))
				.append("</td></tr></table>");
			text.append(label).append(":\n").append(address).append("\n\n");
			return this;
		}

		Mail footer(String paragraph) {
			footer.append("<p style=\"margin:0 0 8px;")
				.append(FONT)
				.append("font-size:14px;line-height:1.5;color:")
				.append(QUIET_COLOUR)
				.append(";\">")
				.append(escape(paragraph))
				.append("</p>");
			footerText.append(paragraph).append('\n');
			return this;
		}

		Mail footerLink(String label, String address) {
			footer.append("<p style=\"margin:0 0 8px;")
				.append(FONT)
				.append("font-size:14px;line-height:1.5;\">")
				.append(anchor(label, address, "color:" + colour + ";text-decoration:underline;"))
				.append("</p>");
			footerText.append(label).append(":\n").append(address).append('\n');
			return this;
		}

		String text() {
			return branding.programmeName() + "\n\n" + text + "-- \n" + footerText;
		}

		String html(String title) {
			return mailSafe(document(title));
		}

		private String document(String title) {
			String language = words.locale().getLanguage();
			String programme = escape(branding.programmeName());
			return "<!DOCTYPE html>\n<html lang=\"" + language + "\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
					+ "<meta name=\"color-scheme\" content=\"light\">\n"
					+ "<meta name=\"supported-color-schemes\" content=\"light\">\n<title>" + escape(title)
					+ "</title>\n</head>\n<body style=\"margin:0;padding:0;background-color:#f3f4f6;\">\n"
					// webmail drops <html>: the language and a name go on a wrapper as
					// well
					+ "<div role=\"article\" aria-roledescription=\"" + escape(words.text("mail.roleDescription"))
					+ "\" aria-label=\"" + escape(title) + "\" lang=\"" + language + "\" dir=\"ltr\" "
					+ "style=\"background-color:#f3f4f6;\">\n"
					+ "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
					+ "style=\"width:100%;background-color:#f3f4f6;\"><tr><td align=\"center\" style=\"padding:24px 8px;\">\n"
					+ "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
					+ "style=\"width:100%;max-width:600px;background-color:#ffffff;border-collapse:collapse;\">\n"
					+ "<tr><td bgcolor=\"" + colour + "\" style=\"background-color:" + colour + ";padding:16px 24px;"
					+ FONT + "font-size:18px;line-height:1.3;font-weight:bold;color:#ffffff;\">" + programme
					+ "</td></tr>\n" + "<tr><td style=\"padding:24px;background-color:#ffffff;color:" + TEXT_COLOUR
					+ ";" + FONT + "font-size:16px;line-height:1.5;\">\n" + body + "\n</td></tr>\n"
					+ "<tr><td style=\"padding:16px 24px 24px;background-color:#ffffff;border-top:1px solid #d1d5db;\">\n"
					+ footer + "\n</td></tr>\n</table>\n</td></tr></table>\n</div>\n</body>\n</html>\n";
		}

		private static String anchor(String label, String address, String style) {
			return "<a href=\"" + escape(address) + "\" style=\"" + style + "\">" + escape(label) + "</a>";
		}

	}

}
