package nl.wijkstem.account;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail-out for a whole neighbourhood on H2: importing 6,000 addresses, generating their
 * codes and letters, and redeeming codes. Not part of the test suite: run it with
 * {@code ./mvnw -Pbenchmark test}. Prints a table and writes it to
 * {@code target/benchmark-letters.md}.
 */
@Tag("benchmark")
@ApplicationTest
class LetterBenchmarkTest {

	private static final int ADDRESSES = 6_000;

	private static final int REDEMPTIONS = 200;

	@Autowired
	AddressService addresses;

	@Autowired
	ResidencyService residency;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	DemoUsers demo;

	@AfterEach
	void signOut() {
		ResidencyTestSupport.noNetwork();
	}

	@Test
	void mailOutForANeighbourhood() throws IOException {
		String street = ResidencyTestSupport.newStreet();
		List<String> lines = new ArrayList<>();
		for (int i = 1; i <= ADDRESSES; i++) {
			lines.add(street + ";" + i + ";;" + (3000 + i % 1000) + " AB");
		}
		byte[] csv = ResidencyTestSupport.csv(lines.toArray(String[]::new));
		demo.signIn("beheerder");

		long started = System.nanoTime();
		AddressImportResult imported = addresses.importAddresses(csv);
		long importMillis = millisSince(started);
		started = System.nanoTime();
		GeneratedLetters letters = addresses.generateLetters(LocalDate.now().plusMonths(3), true);
		long generateMillis = millisSince(started);
		int pages;
		try (PDDocument document = Loader.loadPDF(letters.pdf())) {
			pages = document.getNumberOfPages();
		}
		assertThat(imported.added()).isEqualTo(ADDRESSES);
		assertThat(pages).isEqualTo(letters.letters()).isGreaterThanOrEqualTo(ADDRESSES);

		Map<String, String> byAddress = ResidencyTestSupport.codesByStreetLine(letters.pdf());
		List<String> codes = new ArrayList<>();
		for (int i = 1; i <= REDEMPTIONS; i++) {
			codes.add(byAddress.get(street + " " + i));
		}
		started = System.nanoTime();
		for (String code : codes) {
			ResidencyTestSupport.fromNetworkAddress(ResidencyTestSupport.newNetworkAddress());
			ResidencyTestSupport.signInAsNewResident(events, "Benchmark", Map.of());
			assertThat(timed(() -> residency.redeem(code)).verified()).isTrue();
		}
		double redeemMillis = redeemNanos / 1e6 / REDEMPTIONS;

		String table = String.format("""
				| measurement | result |
				|---|---|
				| import %,d addresses (CSV, %,d KB) | %,d ms |
				| generate %,d codes and letters (one PDF, %,d KB) | %,d ms |
				| redeem a code (mean of %d, service call) | %.1f ms |
				""", ADDRESSES, csv.length / 1024, importMillis, letters.letters(), letters.pdf().length / 1024,
				generateMillis, REDEMPTIONS, redeemMillis);
		System.out.println(table);
		Files.writeString(Path.of("target/benchmark-letters.md"), table);
	}

	private long redeemNanos;

	private <T> T timed(Supplier<T> action) {
		long started = System.nanoTime();
		try {
			return action.get();
		}
		finally {
			redeemNanos += System.nanoTime() - started;
		}
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
