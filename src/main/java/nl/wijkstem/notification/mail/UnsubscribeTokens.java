package nl.wijkstem.notification.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeKind;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The signed token of a mail's unsubscribe link (RFC 8058): which resident, what to stop
 * (one kind of notice, or one digest) and which address row, signed with HMAC-SHA256.
 * Stateless and without expiry, because mail is read months later; using it twice is
 * harmless. The signature also covers the address the mail went to (not written into the
 * token), so once a resident confirmed another address, links in mail to the old one stop
 * working: whoever reads an old mailbox cannot change the new address's mail.
 * <p>
 * The key is derived from {@code wijkstem.security.subject-key}, so there is no new
 * secret to configure, and a token can never be mistaken for a pseudonym made with that
 * key.
 */
@Component
class UnsubscribeTokens {

	/** Truncated HMAC: 128 bits are plenty against forgery and keep the link short. */
	private static final int SIGNATURE_BYTES = 16;

	/** Longer than any token this class writes; anything longer is not read at all. */
	private static final int MAX_LENGTH = 200;

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final SecretKeySpec key;

	UnsubscribeTokens(@Value("${wijkstem.security.subject-key}") String subjectKey) {
		byte[] derived = hmac(new SecretKeySpec(subjectKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"),
				"wijkstem-unsubscribe".getBytes(StandardCharsets.UTF_8));
		this.key = new SecretKeySpec(derived, "HmacSHA256");
	}

	/**
	 * What a token stops.
	 *
	 * @param kind the kind of notice a notice mail was about, or {@code null} for a
	 * digest
	 * @param digest the cadence of a digest mail, or {@code null} for a notice
	 */
	record Claim(Long accountId, Long addressId, NoticeKind kind, Cadence digest) {

		static Claim notice(Long accountId, Long addressId, NoticeKind kind) {
			return new Claim(accountId, addressId, kind, null);
		}

		static Claim digest(Long accountId, Long addressId, Cadence cadence) {
			if (cadence != Cadence.DAILY && cadence != Cadence.WEEKLY) {
				throw new IllegalArgumentException("Only a daily or weekly mail is a digest, not " + cadence);
			}
			return new Claim(accountId, addressId, null, cadence);
		}

		private String scope() {
			return kind != null ? kind.name() : digest.name();
		}

		private String payload() {
			return accountId + "." + scope() + "." + addressId;
		}

		private static Optional<Claim> parse(String payload) {
			String[] parts = payload.split("\\.", -1);
			if (parts.length != 3) {
				return Optional.empty();
			}
			try {
				Long account = Long.valueOf(parts[0]);
				Long address = Long.valueOf(parts[2]);
				for (NoticeKind kind : NoticeKind.values()) {
					if (kind.name().equals(parts[1])) {
						return Optional.of(notice(account, address, kind));
					}
				}
				if (parts[1].equals(Cadence.DAILY.name()) || parts[1].equals(Cadence.WEEKLY.name())) {
					return Optional.of(digest(account, address, Cadence.valueOf(parts[1])));
				}
				return Optional.empty();
			}
			catch (NumberFormatException notANumber) {
				return Optional.empty();
			}
		}

	}

	/** The token for a mail to this address. */
	String token(Claim claim, String address) {
		byte[] payload = claim.payload().getBytes(StandardCharsets.UTF_8);
		return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(signature(payload, address));
	}

	/**
	 * What the token says, unchecked: its signature can only be checked with the address
	 * of the row it names ({@link #signedFor}).
	 */
	Optional<Claim> read(String token) {
		return split(token).flatMap(parts -> Claim.parse(new String(parts[0], StandardCharsets.UTF_8)));
	}

	/** Whether this token was written by Wijkstem for a mail to this address. */
	boolean signedFor(String token, String address) {
		if (address == null) {
			return false;
		}
		return split(token).map(parts -> MessageDigest.isEqual(parts[1], signature(parts[0], address))).orElse(false);
	}

	private static Optional<byte[][]> split(String token) {
		if (token == null || token.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot < 1 || dot != token.lastIndexOf('.')) {
			return Optional.empty();
		}
		try {
			return Optional
				.of(new byte[][] { DECODER.decode(token.substring(0, dot)), DECODER.decode(token.substring(dot + 1)) });
		}
		catch (IllegalArgumentException notBase64) {
			return Optional.empty();
		}
	}

	private byte[] signature(byte[] payload, String address) {
		byte[] signed = hmac(key,
				(new String(payload, StandardCharsets.UTF_8) + "\n" + address.toLowerCase(Locale.ROOT))
					.getBytes(StandardCharsets.UTF_8));
		return Arrays.copyOf(signed, SIGNATURE_BYTES);
	}

	private static byte[] hmac(SecretKeySpec key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
