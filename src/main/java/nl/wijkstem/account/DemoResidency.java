package nl.wijkstem.account;

import java.time.Clock;
import java.util.List;

import nl.wijkstem.base.security.DemoSeeding;
import nl.wijkstem.base.security.LoginProfiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A few Westwijk addresses for the demo, and the demo residents Fatima and Kees verified
 * already (Fatima with a letter code, Kees at the programme bureau), so a newcomer can
 * vote at once. Exists only in the {@code demo} profile.
 */
@Component
@Profile(LoginProfiles.DEMO)
class DemoResidency implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoResidency.class);

	static final List<AddressLine> ADDRESSES = List.of(new AddressLine("Reigerlaan", 12, "", "3132XA", "Vlaardingen"),
			new AddressLine("Reigerlaan", 14, "A", "3132XA", "Vlaardingen"),
			new AddressLine("Floris de Vijfdelaan", 3, "", "3132XB", "Vlaardingen"),
			new AddressLine("Van Hogendorplaan", 101, "", "3132XC", "Vlaardingen"),
			new AddressLine("Van Baerlestraat", 27, "B", "3132XD", "Vlaardingen"),
			new AddressLine("Marathonweg", 8, "", "3132XE", "Vlaardingen"));

	private final AddressRepository addresses;

	private final ResidencyRepository residencyRepository;

	private final Residencies residencies;

	private final AccountService accounts;

	private final Clock clock;

	private final DemoSeeding seeding;

	DemoResidency(AddressRepository addresses, ResidencyRepository residencyRepository, Residencies residencies,
			AccountService accounts, Clock clock, DemoSeeding seeding) {
		this.addresses = addresses;
		this.residencyRepository = residencyRepository;
		this.residencies = residencies;
		this.accounts = accounts;
		this.clock = clock;
		this.seeding = seeding;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (addresses.count() > 0 || residencyRepository.count() > 0) {
			return;
		}
		// creating the demo residents' accounts is for administrators
		seeding.run(this::seed);
	}

	private void seed() {
		List<Address> saved = addresses
			.saveAll(ADDRESSES.stream().map(line -> new Address(line, clock.instant())).toList());
		Long fatima = accounts.demoResident("fatima", "Fatima El Amrani");
		Long kees = accounts.demoResident("kees", "Kees de Vries");
		residencies.verify(fatima, ResidencyMethod.CODE, saved.getFirst().getId(), null, null);
		residencies.verify(kees, ResidencyMethod.IN_PERSON, null, null, null);
		log.info("Seeded {} demo addresses; demo residents fatima and kees are verified", saved.size());
	}

}
