package nl.wijkstem.notification.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.Languages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.ActionBudget;
import nl.wijkstem.base.security.Roles;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's e-mail address with double opt-in: a typed address is used only after its
 * confirmation link was followed. The link carries 32 random bytes; only their SHA-256
 * hash is stored, so the link works once (the hash is cleared), a newer request makes an
 * older link useless (the hash is replaced), and neither a backup nor a log can be turned
 * into a working link. A signature would add nothing: single use needs the row anyway.
 */
@Service
@Transactional(readOnly = true)
public class EmailAddresses {

	/** RFC 5321's limit for a whole address. */
	static final int MAX_LENGTH = 254;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SecureRandom random = new SecureRandom();

	private final EmailAddressRepository addresses;

	private final OutboxRepository outbox;

	private final AccountService accounts;

	private final ActionBudget confirmations;

	private final Clock clock;

	EmailAddresses(EmailAddressRepository addresses, OutboxRepository outbox, AccountService accounts,
			MailSettings settings, Clock clock) {
		this.addresses = addresses;
		this.outbox = outbox;
		this.accounts = accounts;
		this.confirmations = new ActionBudget(settings.confirmations());
		this.clock = clock;
	}

	/**
	 * What the signed-in resident's address stands at.
	 *
	 * @param address where mail goes, or {@code null}
	 * @param pending an address waiting for its confirmation, or {@code null}
	 */
	public record MyAddress(String address, String pending, Locale language) {
	}

	@RolesAllowed(Roles.RESIDENT)
	public Optional<MyAddress> myAddress() {
		return accounts.currentAccountId()
			.flatMap(addresses::findByAccountId)
			.map(row -> new MyAddress(row.getAddress(), row.getPendingAddress(), Languages.fromTag(row.getLanguage())));
	}

	/**
	 * The signed-in resident gives an address: it waits for its confirmation, and a mail
	 * with the link goes out at once (also in quiet hours: they are waiting for it).
	 * @throws InvalidEmailAddressException when it is not a single plain address
	 * @throws Rejection when they asked for many confirmation mails lately
	 */
	@RolesAllowed(Roles.RESIDENT)
	@Transactional
	public void request(String typed, Locale language) {
		String address = checked(typed);
		Long accountId = accounts.currentAccountId().orElseThrow();
		Instant now = clock.instant();
		confirmations.waitBefore(now, (since, howMany) -> outbox.confirmationTimes(accountId, since, Limit.of(howMany)))
			.ifPresent(wait -> {
				throw new Rejection("rateLimit.confirmations", ActionBudget.waitArguments(wait));
			});
		String tag = Languages.fromTag(language.getLanguage()).getLanguage();
		EmailAddress row = addresses.findByAccountId(accountId)
			.orElseGet(() -> addresses.save(new EmailAddress(accountId, tag, now)));
		String token = newToken();
		String hash = hash(token);
		row.requested(address, tag, hash, now);
		addresses.flush();
		String payload = JSON.writeValueAsString(
				new ConfirmationPayload(address, token, tag, now.plus(EmailAddress.CONFIRMATION_VALID_FOR)));
		outbox.save(new OutboxMail("c:" + row.getId() + ":" + hash.substring(0, 32), accountId,
				OutboxMail.Kind.CONFIRMATION, payload, true, now));
	}

	/**
	 * Follows a confirmation link; needs no sign-in (it is often opened on another
	 * device). Unknown, used and expired links look the same from outside.
	 * @return the address now confirmed
	 */
	@PermitAll
	@Transactional
	public Optional<String> confirm(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return addresses.findByTokenHash(hash(token.strip()))
			.filter(row -> row.confirm(now))
			.map(EmailAddress::getAddress);
	}

	/**
	 * The payload of a confirmation mail, until it went out (then it is wiped).
	 */
	record ConfirmationPayload(String to, String token, String language, Instant expiresAt) {

		static ConfirmationPayload of(String json) {
			return JSON.readValue(json, ConfirmationPayload.class);
		}

	}

	static String checked(String typed) {
		String address = typed == null ? "" : typed.strip();
		if (address.isEmpty() || address.length() > MAX_LENGTH || address.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidEmailAddressException();
		}
		try {
			InternetAddress parsed = new InternetAddress(address, true);
			// only a bare address: no display name, no group, no list
			if (!parsed.getAddress().equals(address) || !address.contains("@") || parsed.isGroup()) {
				throw new InvalidEmailAddressException();
			}
		}
		catch (AddressException ex) {
			throw new InvalidEmailAddressException();
		}
		return address;
	}

	private String newToken() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
