package nl.wijkstem.notification.mail;

import java.util.List;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import nl.wijkstem.base.security.RateLimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Wijkstem sends e-mail; the mail server itself is Spring Boot's
 * {@code spring.mail.*} ({@code SPRING_MAIL_HOST}, ...).
 *
 * @param from the sender, such as {@code Wijkstem Westwijk <noreply@wijkstem.example>}
 * ({@code WIJKSTEM_MAIL_FROM}; required in {@code prod}, see {@link MailStartCheck})
 * @param perMinute how many mails the worker hands to the mail server per minute at most,
 * across all nodes
 * @param confirmations how many confirmation mails one resident may ask for, such as
 * {@code 3/1h,10/1d}: the form sends mail to any address typed in, so without a limit it
 * would be a way to flood a stranger's mailbox
 * @param enabled whether Wijkstem mails at all ({@code WIJKSTEM_MAIL_ENABLED}); when off,
 * notices stay in the app: the channel writes no mail and the worker sends none
 */
@ConfigurationProperties("wijkstem.mail")
public record MailSettings(@DefaultValue("Wijkstem <noreply@localhost>") String from, @DefaultValue("60") int perMinute,
		@DefaultValue("3/1h,10/1d") List<RateLimit> confirmations, @DefaultValue("true") boolean enabled) {

	@ConstructorBinding
	public MailSettings {
		confirmations = List.copyOf(confirmations);
		if (perMinute < 1) {
			throw new IllegalStateException("wijkstem.mail.per-minute must be at least 1, not " + perMinute);
		}
		try {
			new InternetAddress(from == null ? "" : from, true);
		}
		catch (AddressException ex) {
			throw new IllegalStateException("wijkstem.mail.from (WIJKSTEM_MAIL_FROM) must be one e-mail address, "
					+ "such as 'Wijkstem Westwijk <noreply@wijkstem.example.nl>', not '" + from + "'");
		}
	}

	/** Mail switched on, with this sender, limit and confirmation limits. */
	public MailSettings(String from, int perMinute, List<RateLimit> confirmations) {
		this(from, perMinute, confirmations, true);
	}

}
