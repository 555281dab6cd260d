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
		String code = withoutSeparators(typed);
		if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return Optional.empty();
		}
		return Optional.of(code);
	}

	/**
	 * Why a typed text cannot be a code, precisely enough to correct it: it holds one of
	 * the look-alikes codes never use (0, O, 1, I: guessing which letter was meant could
	 * let a mistyped code hit another address's), other signs than letters and digits, or
	 * too few or too many characters.
	 * @return the message key and its arguments
	 */
	static Malformed whyNotACode(String typed) {
		String code = withoutSeparators(typed == null ? "" : typed);
		String lookAlikes = distinct(code, c -> LOOK_ALIKES.indexOf(c) >= 0);
		if (!lookAlikes.isEmpty()) {
			return new Malformed("residency.error.codeLookAlike", lookAlikes);
		}
		String others = distinct(code, c -> ALPHABET.indexOf(c) < 0);
		if (!others.isEmpty()) {
			return new Malformed("residency.error.codeSigns", others);
		}
		return new Malformed("residency.error.codeFormat", LENGTH, code.length());
	}

	/** The characters that look like others and so never appear in a code. */
	static final String LOOK_ALIKES = "0O1I";

	private static String withoutSeparators(String typed) {
		return typed.replaceAll("[\\s\\-‐‑–—.]", "").toUpperCase(Locale.ROOT);
	}

	/**
	 * The characters of the code that match, each once, in order, separated by spaces.
	 */
	private static String distinct(String code, java.util.function.IntPredicate matches) {
		return code.codePoints()
			.filter(matches)
			.distinct()
			.mapToObj(Character::toString)
			.collect(java.util.stream.Collectors.joining(" "));
	}

	/** What is wrong with a typed code, as a translated message says it. */
	record Malformed(String messageKey, Object... arguments) {
	}

}
