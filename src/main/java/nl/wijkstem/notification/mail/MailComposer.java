package nl.wijkstem.notification.mail;

import java.util.List;
import java.util.Map;

import nl.wijkstem.base.Branding;
import nl.wijkstem.base.SiteAddress;
import nl.wijkstem.base.Translator;
import nl.wijkstem.notification.Cadence;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the three kinds of mail in the recipient's language: the confirmation of an
 * address, one notice, and a digest of notices. User text (titles, moderators' messages)
 * is always escaped.
 */
@Component
class MailComposer {

	private final MailTexts texts;

	private final SiteAddress site;

	private final Branding branding;

	MailComposer(MailTexts texts, SiteAddress site, Branding branding) {
		this.texts = texts;
		this.site = site;
		this.branding = branding;
	}

	ComposedMail confirmation(EmailAddresses.ConfirmationPayload payload) {
		Translator words = texts.in(payload.language());
		String programme = branding.programmeName();
		String link = site.publicUrl() + "/email/bevestigen/" + payload.token();
		String heading = words.text("mail.confirm.heading");
		String body = words.text("mail.confirm.text", programme);
		String action = words.text("mail.confirm.link");
		String ignore = words.text("mail.confirm.ignore");
		String text = heading + "\n\n" + body + "\n\n" + action + ":\n" + link + "\n\n" + ignore + "\n";
		String html = page(words, heading, "<p>" + escape(body) + "</p><p><a href=\"" + escape(link) + "\">"
				+ escape(action) + "</a></p><p>" + escape(ignore) + "</p>");
		return new ComposedMail(payload.to(), words.text("mail.confirm.subject", programme), text, html, Map.of());
	}

	ComposedMail notice(NoticePayload notice, MailRecipient to) {
		Translator words = texts.in(to.language());
		String heading = words.text(notice.messageKey() + ".title");
		String body = words.text(notice.messageKey() + ".text", notice.subject());
		String link = absolute(notice.link());
		String action = words.text("mail.notice.open");
		StringBuilder text = new StringBuilder(heading).append("\n\n").append(body).append('\n');
		StringBuilder html = new StringBuilder("<p>").append(escape(body)).append("</p>");
		if (!notice.detail().isBlank()) {
			text.append('\n').append(notice.detail()).append('\n');
			html.append("<blockquote>").append(escape(notice.detail())).append("</blockquote>");
		}
		text.append('\n').append(action).append(":\n").append(link).append('\n');
		html.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(action)).append("</a></p>");
		return new ComposedMail(to.address(), heading + " – " + branding.programmeName(), text.toString(),
				page(words, heading, html.toString()), Map.of());
	}

	ComposedMail digest(List<NoticePayload> items, Cadence cadence, MailRecipient to) {
		Translator words = texts.in(to.language());
		String heading = words.text("mail.digest." + cadence + ".heading", branding.programmeName());
		StringBuilder text = new StringBuilder(heading).append("\n\n");
		StringBuilder html = new StringBuilder("<ul>");
		for (NoticePayload item : items) {
			String title = words.text(item.messageKey() + ".title");
			String body = words.text(item.messageKey() + ".text", item.subject());
			String link = absolute(item.link());
			text.append("* ").append(title).append('\n').append(body).append('\n').append(link).append("\n\n");
			html.append("<li><h2>")
				.append(escape(title))
				.append("</h2><p>")
				.append(escape(body))
				.append("</p><p><a href=\"")
				.append(escape(link))
				.append("\">")
				.append(escape(words.text("mail.notice.open")))
				.append("</a></p></li>");
		}
		html.append("</ul>");
		return new ComposedMail(to.address(), heading, text.toString(), page(words, heading, html.toString()),
				Map.of());
	}

	private String absolute(String link) {
		return site.publicUrl() + "/" + link;
	}

	private static String page(Translator words, String heading, String body) {
		return "<!DOCTYPE html><html lang=\"" + words.locale().getLanguage() + "\"><head><meta charset=\"utf-8\">"
				+ "<title>" + escape(heading) + "</title></head><body><h1>" + escape(heading) + "</h1>" + body
				+ "</body></html>";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text);
	}

}
