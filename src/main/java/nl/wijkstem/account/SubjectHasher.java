package nl.wijkstem.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns an identity provider's subject into a pseudonym. Keyed (HMAC-SHA256), because a
 * plain hash of a nine-digit number is reversed in minutes.
 */
@Component
class SubjectHasher {

	private final SecretKeySpec key;

	SubjectHasher(@Value("${wijkstem.security.subject-key}") String key) {
		if (key == null || key.length() < 16) {
			throw new IllegalStateException("wijkstem.security.subject-key must be at least 16 characters");
		}
		this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	String hash(String issuer, String subject) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			byte[] digest = mac.doFinal((issuer + '\n' + subject).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
