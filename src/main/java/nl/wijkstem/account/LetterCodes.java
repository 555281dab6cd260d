package nl.wijkstem.account;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Makes letter codes and recognises them again. A code has 12 characters from an alphabet
 * without look-alikes (no 0/O, no 1/I), about 60 bits of chance: with the attempt limits,
 * guessing one would take longer than the programme lasts. People may type it in any
 * case, with or without the spaces and dashes of the letter.
 */
@Component
class LetterCodes {

	static final int LENGTH = 12;

	static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final String HASH_DOMAIN = "wijkstem-residency-code";

	private final SecureRandom random = new SecureRandom();

	private final SubjectHasher hasher;

	LetterCodes(SubjectHasher hasher) {
		this.hasher = hasher;
	}

	/** A new code, e.g. {@code K7QM-3XRT-9CWE}, as it is printed. */
	String generate() {
		StringBuilder code = new StringBuilder(LENGTH + 2);
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * The code as stored, keyed with the installation's secret, so a copy of the database
	 * alone gives no usable code.
	 */
	String hash(String normalisedCode) {
		return hasher.hash(HASH_DOMAIN, normalisedCode);
	}

	/** The code without spaces and dashes, in capitals; empty when it cannot be one. */
	static Optional<String> normalise(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String code = typed.replaceAll("[\\s\\-‐‑–—.]", "").toUpperCase(Locale.ROOT);
		if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return Optional.empty();
		}
		return Optional.of(code);
	}

}
