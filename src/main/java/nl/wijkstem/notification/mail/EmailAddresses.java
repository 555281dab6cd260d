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
import nl.wijkstem.account.AccountSignedIn;
import nl.wijkstem.account.AccountSummary;
import nl.wijkstem.base.Languages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.ActionBudget;
import nl.wijkstem.base.security.RateLimit;
import nl.wijkstem.base.security.Roles;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Limit;
import org.springframework.modulith.events.ApplicationModuleListener;
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

	/**
	 * Confirmation mails to one address, whoever asks: several accounts must not be able
	 * to mail a stranger many times over, each within its own limit. The owner of the
	 * address still gets a few tries for a typo elsewhere.
	 */
	static final ActionBudget PER_ADDRESS = new ActionBudget(
			java.util.List.of(RateLimit.valueOf("3/1h"), RateLimit.valueOf("5/1d")));

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
	 * @param failedAt when the mail server said the address does not work; mail to it
	 * stopped then. {@code null} while it works
	 * @param failureReasonKey why, in words a resident understands (a translation key);
	 * {@code null} while it works
	 * @param failure the mail server's own reply, for whoever helps them
	 * @param suggestion an address the identity provider gave without verifying it, to
	 * confirm with one click; {@code null} when there is none worth offering
	 */
	public record MyAddress(String address, String pending, Locale language, Instant failedAt, String failureReasonKey,
			String failure, String suggestion) {

		/** An address mail goes to now. */
		public boolean working() {
			return address != null && failedAt == null;
		}

	}

	/**
	 * The signed-in resident chooses the language of their mail. Mail is written when it
	 * is sent, so mail still waiting comes in the new language too. Without an address
	 * row nothing is kept: the language is taken when they give an address.
	 */
	@RolesAllowed(Roles.RESIDENT)
	@Transactional
	public void chooseLanguage(Locale language) {
		String tag = Languages.fromTag(language.getLanguage()).getLanguage();
		accounts.currentAccountId().flatMap(addresses::findByAccountId).ifPresent(row -> row.writeIn(tag));
	}

	/** The signed-in resident's address; empty when they never gave or got one. */
	@RolesAllowed(Roles.RESIDENT)
	public Optional<MyAddress> myAddress() {
		Optional<AccountSummary> account = accounts.currentAccount();
		if (account.isEmpty()) {
			return Optional.empty();
		}
		String fromProvider = account.get().email();
		Optional<EmailAddress> row = addresses.findByAccountId(account.get().id());
		if (row.isEmpty()) {
			return Optional.ofNullable(suggestion(fromProvider, null, null, null))
				.map(suggested -> new MyAddress(null, null, Languages.DUTCH, null, null, null, suggested));
		}
		EmailAddress mine = row.get();
		return Optional.of(new MyAddress(mine.getAddress(), mine.getPendingAddress(),
				Languages.fromTag(mine.getLanguage()), mine.getFailedAt(),
				mine.getFailedAt() == null ? null : failureReasonKey(mine.getFailure()), mine.getFailure(),
				suggestion(fromProvider, mine.getAddress(), mine.getPendingAddress(), mine.getFailedAt())));
	}

	/**
	 * The provider's address is worth offering when no address works and it is not the
	 * one that failed or the one already waiting.
	 */
	private static String suggestion(String fromProvider, String address, String pending, Instant failedAt) {
		if (fromProvider == null || fromProvider.isBlank() || address != null && failedAt == null) {
			return null;
		}
		String offered = fromProvider.strip();
		if (offered.equalsIgnoreCase(address == null ? "" : address)
				|| offered.equalsIgnoreCase(pending == null ? "" : pending)) {
			return null;
		}
		try {
			return checked(offered);
		}
		catch (InvalidEmailAddressException ex) {
			return null;
		}
	}

	/**
	 * The mail server's reason in plain words, by its enhanced status code (RFC 3463)
	 * where it gave one: the address does not exist, its domain does not, the mailbox is
	 * full or closed, or the server refuses our mail.
	 */
	static String failureReasonKey(String reply) {
		String text = reply == null ? "" : reply;
		if (text.matches("(?s).*\\b5\\.1\\.2\\b.*")) {
			return "myEmail.failed.reason.domain";
		}
		if (text.matches("(?s).*\\b5\\.2\\.2\\b.*")) {
			return "myEmail.failed.reason.full";
		}
		if (text.matches("(?s).*\\b5\\.2\\.\\d+\\b.*")) {
			return "myEmail.failed.reason.closed";
		}
		if (text.matches("(?s).*\\b5\\.1\\.\\d+\\b.*") || text.startsWith("550") || text.startsWith("551")
				|| text.startsWith("553")) {
			return "myEmail.failed.reason.unknown";
		}
		return "myEmail.failed.reason.refused";
	}

	/**
	 * The identity provider shared an address at sign-in. One it verified is used as a
	 * confirmed address, unless the resident confirmed one of their own; one it did not
	 * verify is only offered on <em>Mijn gegevens</em> (from the account), never mailed.
	 */
	@ApplicationModuleListener
	@PermitAll
	public void on(AccountSignedIn signedIn) {
		if (!signedIn.emailVerified()) {
			return;
		}
		String verified;
		try {
			verified = checked(signedIn.email());
		}
		catch (InvalidEmailAddressException ex) {
			return;
		}
		Instant now = clock.instant();
		EmailAddress row = addresses.findByAccountId(signedIn.accountId())
			.orElseGet(() -> addresses.save(new EmailAddress(signedIn.accountId(),
					Languages.fromTag(signedIn.language().getLanguage()).getLanguage(), now)));
		row.verifiedByProvider(verified, now);
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
		String target = addressKey(address);
		PER_ADDRESS
			.waitBefore(now,
					(since, howMany) -> outbox.confirmationTimesTo("c:" + target + ":%", since, Limit.of(howMany)))
			.ifPresent(wait -> {
				throw new Rejection("rateLimit.confirmationsToAddress", ActionBudget.waitArguments(wait));
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
		outbox.save(new OutboxMail("c:" + target + ":" + hash.substring(0, 32), accountId, OutboxMail.Kind.CONFIRMATION,
				payload, true, now));
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

	/**
	 * The address in a confirmation mail's key, hashed (the key outlives the mail's
	 * payload, which is wiped once sent) and without regard to case.
	 */
	static String addressKey(String address) {
		return hash(address.toLowerCase(Locale.ROOT)).substring(0, 16);
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
