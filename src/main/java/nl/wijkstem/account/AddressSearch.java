package nl.wijkstem.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * What an administrator types to find addresses, as a query: a letter's reference
 * ({@code WDW-12-3456}) finds its address; otherwise a postcode ({@code 3132 AB}), house
 * numbers ({@code 12}, {@code 12a}) and words of the street or place, all of which must
 * match.
 */
final class AddressSearch {

	private static final Pattern POSTCODE = Pattern
		.compile("(?<![0-9A-Za-z])([1-9][0-9]{3})\\s?([A-Za-z]{2})(?![A-Za-z])");

	private static final Pattern NUMBER = Pattern.compile("([0-9]{1,5})([A-Za-z][A-Za-z0-9]*)?");

	private AddressSearch() {
	}

	/**
	 * @param referencePrefix the start of the letters' references, e.g. {@code WDW}
	 */
	static Specification<Address> of(String typed, String referencePrefix) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			return (root, query, builder) -> builder.conjunction();
		}
		Matcher reference = Pattern
			.compile("(?i)(?:" + Pattern.quote(referencePrefix.strip()) + "\\s*-\\s*)?[0-9]+\\s*-\\s*([0-9]{1,18})")
			.matcher(text);
		if (reference.matches()) {
			Long id = Long.valueOf(reference.group(1));
			return (root, query, builder) -> builder.equal(root.get("id"), id);
		}
		String postcode = null;
		Matcher code = POSTCODE.matcher(text);
		if (code.find()) {
			postcode = (code.group(1) + code.group(2)).toUpperCase(Locale.ROOT);
			text = text.substring(0, code.start()) + " " + text.substring(code.end());
		}
		String fullPostcode = postcode;
		List<String> words = List.of(text.strip().split("[\\s,]+"));
		return (root, query, builder) -> {
			List<Predicate> all = new ArrayList<>();
			if (fullPostcode != null) {
				all.add(builder.equal(root.get("postcode"), fullPostcode));
			}
			for (String word : words) {
				if (word.isEmpty()) {
					continue;
				}
				Matcher number = NUMBER.matcher(word);
				if (number.matches()) {
					int houseNumber = Integer.parseInt(number.group(1));
					Predicate matches = builder.equal(root.get("houseNumber"), houseNumber);
					if (number.group(2) != null) {
						matches = builder.and(matches,
								builder.like(root.get("addition"), number.group(2).toUpperCase(Locale.ROOT) + "%"));
					}
					else if (number.group(1).length() == 4) {
						// four digits may be the start of a postcode as well
						matches = builder.or(matches, builder.like(root.get("postcode"), number.group(1) + "%"));
					}
					all.add(matches);
				}
				else {
					String pattern = "%" + word.toLowerCase(Locale.ROOT)
						.replace("\\", "\\\\")
						.replace("%", "\\%")
						.replace("_", "\\_") + "%";
					all.add(builder.or(builder.like(builder.lower(root.get("street")), pattern, '\\'),
							builder.like(builder.lower(root.get("place")), pattern, '\\')));
				}
			}
			return builder.and(all.toArray(Predicate[]::new));
		};
	}

}
