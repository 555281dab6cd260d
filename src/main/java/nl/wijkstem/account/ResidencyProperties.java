package nl.wijkstem.account;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How residents of the area are verified.
 *
 * @param accountsPerAddress how many accounts one address may verify (a household shares
 * its letter)
 * @param failedAttemptsPerAccount wrong codes one account may try within
 * {@code attemptWindow}
 * @param failedAttemptsPerClient wrong codes one network address may try within
 * {@code attemptWindow}, whichever accounts it uses
 * @param attemptWindow the period the limits count over
 * @param attemptsKeptFor how long the log of attempts is kept
 * @param letterUrl the web address printed in the letters, where residents enter their
 * code
 * @param place the town printed under the postcode when the address list has no place
 * column
 * @param claim the identity provider's claim holding a postcode or residency attribute (a
 * dotted path such as {@code address.postal_code} reaches into an object); empty:
 * residents are never verified by a claim
 * @param postcodes postcodes or their beginnings that lie in the area, e.g. {@code 3131}
 * or {@code 3132AB}
 * @param claimValues exact claim values that mean "lives in the area", e.g. a district
 * code
 */
@ConfigurationProperties("wijkstem.residency")
record ResidencyProperties(@DefaultValue("2") int accountsPerAddress, @DefaultValue("5") int failedAttemptsPerAccount,
		@DefaultValue("20") int failedAttemptsPerClient, @DefaultValue("15m") Duration attemptWindow,
		@DefaultValue("90d") Duration attemptsKeptFor, @DefaultValue("http://localhost:8080/verify") String letterUrl,
		@DefaultValue("") String place, @DefaultValue("") String claim, @DefaultValue("") List<String> postcodes,
		@DefaultValue("") List<String> claimValues) {

	ResidencyProperties {
		if (letterUrl.isBlank() || letterUrl.contains("${")) {
			throw new IllegalStateException("wijkstem.residency.letter-url (WIJKSTEM_RESIDENCY_LETTER_URL) must be "
					+ "the public address of the verification page, e.g. https://wijkstem.example.nl/verify");
		}
		postcodes = postcodes.stream()
			.map(value -> value.replaceAll("\\s", "").toUpperCase(Locale.ROOT))
			.filter(value -> !value.isEmpty())
			.toList();
		claimValues = claimValues.stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
	}

	boolean claimConfigured() {
		return !claim.isBlank() && !(postcodes.isEmpty() && claimValues.isEmpty());
	}

	/** Whether a claim value places the person in the area. */
	boolean inArea(String claimValue) {
		String postcode = claimValue.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		return postcodes.stream().anyMatch(postcode::startsWith)
				|| claimValues.stream().anyMatch(value -> value.equalsIgnoreCase(claimValue.strip()));
	}

	String placeOrNull() {
		return Objects.toString(place, "").isBlank() ? null : place.strip();
	}

}
