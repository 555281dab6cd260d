package nl.wijkstem.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.Branding;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The area's addresses and the letters with codes that go to them, for administrators.
 * <p>
 * A code is readable only once: generating a batch stores the codes' keyed hashes and
 * returns the letters as one PDF in the same call. Wijkstem keeps no readable copy, so a
 * lost PDF cannot be downloaded again; the administrator generates a new batch for all
 * addresses instead, which makes the lost codes stop working.
 */
@Service
@Transactional(readOnly = true)
public class AddressService {

	private static final Logger log = LoggerFactory.getLogger(AddressService.class);

	/** The furthest ahead a batch may expire: codes are not meant to live for ever. */
	static final int MAX_YEARS_VALID = 2;

	private static final int BATCH_SIZE = 500;

	/** Addresses per page of the list: an area has thousands. */
	public static final int PAGE_SIZE = 50;

	private static final Sort POSTAL_ORDER = Sort.by("postcode", "houseNumber", "addition");

	/** Addresses over the limit listed by name in the integrity report. */
	private static final int CROWDED_SHOWN = 20;

	private final AddressRepository addresses;

	private final CodeBatchRepository batches;

	private final LetterCodeRepository codes;

	private final ResidencyRepository residencies;

	private final LetterCodes letterCodes;

	private final ResidencyProperties properties;

	private final Branding branding;

	private final AccountService accounts;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final CodeValidity validity;

	private final LetterStationery stationery;

	private final Residencies verifications;

	AddressService(AddressRepository addresses, CodeBatchRepository batches, LetterCodeRepository codes,
			ResidencyRepository residencies, LetterCodes letterCodes, ResidencyProperties properties, Branding branding,
			AccountService accounts, Clock clock, JdbcTemplate jdbc, CodeValidity validity, LetterStationery stationery,
			Residencies verifications) {
		this.addresses = addresses;
		this.batches = batches;
		this.codes = codes;
		this.residencies = residencies;
		this.letterCodes = letterCodes;
		this.properties = properties;
		this.branding = branding;
		this.accounts = accounts;
		this.clock = clock;
		this.jdbc = jdbc;
		this.validity = validity;
		this.stationery = stationery;
		this.verifications = verifications;
	}

	/**
	 * Adds the addresses of a CSV file. Addresses already known, or twice in the file,
	 * are skipped. A file with any wrong line imports nothing: the result lists every
	 * problem.
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public AddressImportResult importAddresses(byte[] csv) {
		AddressCsv.Parsed parsed = AddressCsv.parse(csv);
		if (!parsed.problems().isEmpty()) {
			return new AddressImportResult(0, 0, parsed.problems());
		}
		Set<String> known = new HashSet<>(addresses.findAllKeys());
		List<AddressLine> fresh = new ArrayList<>();
		int duplicates = 0;
		for (AddressCsv.Line line : parsed.lines()) {
			if (known.add(line.address().key())) {
				fresh.add(line.address());
			}
			else {
				duplicates++;
			}
		}
		Timestamp now = Timestamp.from(clock.instant());
		try {
			// one batch of plain inserts: an area has thousands of addresses
			jdbc.batchUpdate("insert into residency_address (version, street, house_number, addition, postcode, place, "
					+ "imported_at) values (0, ?, ?, ?, ?, ?, ?)", fresh, BATCH_SIZE, (statement, line) -> {
						statement.setString(1, line.street());
						statement.setInt(2, line.houseNumber());
						statement.setString(3, line.addition());
						statement.setString(4, line.postcode());
						statement.setString(5, line.place());
						statement.setTimestamp(6, now);
					});
		}
		catch (DataIntegrityViolationException ex) {
			throw new Rejection("residency.import.error.concurrent");
		}
		log.info("Imported {} addresses, skipped {} known ones", fresh.size(), duplicates);
		return new AddressImportResult(fresh.size(), duplicates, List.of());
	}

	/**
	 * Generates a code for every address that has no working one (or, with
	 * {@code everyAddress}, for all of them, and the older codes stop working), and
	 * returns the letters. The codes are readable only in this PDF.
	 * @param expiresOn the last day the codes work (Dutch time)
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public GeneratedLetters generateLetters(LocalDate expiresOn, boolean everyAddress) {
		LocalDate today = today();
		if (expiresOn == null || !expiresOn.isAfter(today)) {
			throw new Rejection("residency.letters.error.expiry");
		}
		if (expiresOn.isAfter(today.plusYears(MAX_YEARS_VALID))) {
			throw new Rejection("residency.letters.error.expiryTooLate", MAX_YEARS_VALID);
		}
		return generate(expiresOn, null, everyAddress);
	}

	/**
	 * As {@link #generateLetters(LocalDate, boolean)}, but the codes work until the
	 * round's voting closes, also when the round's closing is moved later. The letters
	 * print the closing as it is now.
	 * @throws Rejection for no round, an unknown one or one whose voting has closed
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public GeneratedLetters generateLettersForRound(Long roundId, boolean everyAddress) {
		if (roundId == null) {
			throw new Rejection("residency.letters.error.noRound");
		}
		VotingDeadlines.Deadline round = validity.round(roundId, Locale.ROOT)
			.orElseThrow(() -> new Rejection("residency.letters.error.noRound"));
		if (!round.closesAt().isAfter(clock.instant())) {
			throw new Rejection("residency.letters.error.roundClosed");
		}
		return generate(null, round, everyAddress);
	}

	private GeneratedLetters generate(LocalDate date, VotingDeadlines.Deadline round, boolean everyAddress) {
		LocalDate today = today();
		LocalDate expiresOn = date;
		LocalTime closesAt = null;
		if (round != null) {
			// voting that closes at midnight ends with the day before
			ZonedDateTime closing = round.closesAt().atZone(DisplayFormats.DUTCH_TIME);
			expiresOn = closing.toLocalTime().equals(LocalTime.MIDNIGHT) ? closing.toLocalDate().minusDays(1)
					: closing.toLocalDate();
			closesAt = closing.toLocalTime().equals(LocalTime.MIDNIGHT) ? null : closing.toLocalTime();
		}
		List<Address> recipients = everyAddress ? addresses.findAllInPostalOrder() : withoutWorkingCode();
		if (recipients.isEmpty()) {
			throw new Rejection(
					everyAddress ? "residency.letters.error.noAddresses" : "residency.letters.error.allHaveCodes");
		}
		Instant now = clock.instant();
		if (everyAddress) {
			codes.withdrawAll(now);
		}
		CodeBatch batch = batches.save(new CodeBatch(accounts.currentAccountId().orElse(null), expiresOn,
				round == null ? null : round.roundId(), recipients.size(), now));
		List<Object[]> rows = new ArrayList<>(recipients.size());
		List<LetterPdf.Letter> letters = new ArrayList<>(recipients.size());
		for (Address address : recipients) {
			String code = letterCodes.generate();
			String hash = letterCodes.hash(LetterCodes.normalise(code).orElseThrow());
			rows.add(new Object[] { batch.getId(), address.getId(), hash });
			letters
				.add(new LetterPdf.Letter(address.line(), code, stationery.reference(batch.getId(), address.getId())));
		}
		// one batch of plain inserts: a mail-out has a row per address
		jdbc.batchUpdate("insert into residency_code (version, batch_id, address_id, code_hash) values (0, ?, ?, ?)",
				rows);
		byte[] pdf = LetterPdf.render(letterhead(), expiresOn, closesAt, today, letters);
		if (round == null) {
			log.info("Generated batch {} with {} letters, valid until {}", batch.getId(), letters.size(), expiresOn);
		}
		else {
			log.info("Generated batch {} with {} letters, valid until voting round {} closes", batch.getId(),
					letters.size(), round.roundId());
		}
		return new GeneratedLetters(batch.getId(), letters.size(), expiresOn, round == null ? null : round.closesAt(),
				pdf);
	}

	private List<Address> withoutWorkingCode() {
		Set<Long> working = validity.working(batches.findAll(), clock.instant());
		return working.isEmpty() ? addresses.findAllInPostalOrder() : addresses.findWithoutWorkingCode(working);
	}

	/**
	 * Where the mail-out stands, with the rounds in the language asked.
	 */
	@RolesAllowed(Roles.ADMIN)
	public AddressOverview overview(Locale locale) {
		Map<Long, Long> redeemed = residencies.countRedeemedPerBatch()
			.stream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
		List<CodeBatch> all = batches.findAllByOrderByCreatedAtDesc();
		Map<Long, CodeValidity.Ending> endings = validity.endings(all, locale);
		Instant now = clock.instant();
		List<AddressOverview.Batch> mailOuts = all.stream()
			.map(batch -> new AddressOverview.Batch(batch.getId(), batch.getCreatedAt(), batch.getExpiresOn(),
					endings.get(batch.getId()).round(), batch.getLetters(), redeemed.getOrDefault(batch.getId(), 0L)))
			.toList();
		Set<Long> working = endings.entrySet()
			.stream()
			.filter(ending -> ending.getValue().worksAt(now))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		LocalDate today = today();
		return new AddressOverview(addresses.count(), working.isEmpty() ? 0 : addresses.countWithWorkingCode(working),
				residencies.countByActiveAccountIdIsNotNull(), properties.accountsPerAddress(), today,
				today.plusYears(MAX_YEARS_VALID), mailOuts, validity.openRounds(now, locale));
	}

	/**
	 * How many verified residents each address has, in three aggregate queries whatever
	 * the number of addresses.
	 */
	@RolesAllowed(Roles.ADMIN)
	public VerifiedPerAddress verifiedPerAddress() {
		int limit = properties.accountsPerAddress();
		List<VerifiedPerAddress.Share> distribution = jdbc.query("""
				select accounts, count(*) as addresses from (
				    select count(*) as accounts from residency
				    where active_account_id is not null and address_id is not null
				    group by address_id) per_address
				group by accounts order by accounts""",
				(rs, row) -> new VerifiedPerAddress.Share(rs.getInt("accounts"), rs.getLong("addresses")));
		long atOrOver = distribution.stream()
			.filter(share -> share.accounts() >= limit)
			.mapToLong(VerifiedPerAddress.Share::addresses)
			.sum();
		long over = distribution.stream()
			.filter(share -> share.accounts() > limit)
			.mapToLong(VerifiedPerAddress.Share::addresses)
			.sum();
		List<VerifiedPerAddress.Crowded> crowded = over == 0 ? List.of() : jdbc.query("""
				select a.street, a.house_number, a.addition, a.postcode, a.place, count(*) as accounts
				from residency r join residency_address a on a.id = r.address_id
				where r.active_account_id is not null
				group by a.id, a.street, a.house_number, a.addition, a.postcode, a.place
				having count(*) > ?
				order by count(*) desc, a.postcode, a.house_number, a.addition
				fetch first %d rows only""".formatted(CROWDED_SHOWN),
				(rs, row) -> new VerifiedPerAddress.Crowded(
						new AddressLine(rs.getString("street"), rs.getInt("house_number"), rs.getString("addition"),
								rs.getString("postcode"), rs.getString("place"))
							.oneLine(),
						rs.getInt("accounts")),
				limit);
		Long withoutAddress = jdbc.queryForObject(
				"select count(*) from residency where active_account_id is not null and address_id is null",
				Long.class);
		return new VerifiedPerAddress(limit, distribution, atOrOver, over, crowded,
				withoutAddress == null ? 0 : withoutAddress);
	}

	/**
	 * A page of the area's addresses matching the search, in postal order, with the
	 * residents and letter codes that hang on each.
	 * @param query a reference from a letter, a postcode, house numbers or words of the
	 * street; empty for all
	 */
	@RolesAllowed(Roles.ADMIN)
	public AddressPage findAddresses(String query, int page) {
		Page<Address> found = addresses.findAll(AddressSearch.of(query, stationery.properties().referencePrefix()),
				PageRequest.of(Math.max(0, page), PAGE_SIZE, POSTAL_ORDER));
		return new AddressPage(rows(found.getContent()), found.getNumber(), PAGE_SIZE, found.getTotalElements());
	}

	/**
	 * Corrects a mistake in an imported address. Its codes and the residents verified
	 * through it stay: it is still the same home.
	 * @param version the version the administrator saw
	 * @throws InvalidAddressException naming each wrong part, or when another address in
	 * the list is already this one
	 * @throws Rejection when the address is gone or changed meanwhile
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public AddressRow correctAddress(Long id, int version, AddressInput typed) {
		AddressCsv.Checked checked = AddressCsv.check(typed.street(), typed.houseNumber(), typed.addition(),
				typed.postcode(), typed.place());
		if (!checked.problems().isEmpty()) {
			throw new InvalidAddressException(checked.problems());
		}
		AddressLine corrected = checked.address();
		Address address = addresses.lockById(id).orElseThrow(() -> new Rejection("addresses.error.gone"));
		if (address.getVersion() != version) {
			throw new Rejection("addresses.error.changedMeanwhile");
		}
		if (address.line().equals(corrected)) {
			return rows(List.of(address)).getFirst();
		}
		if (addresses.existsByPostcodeAndHouseNumberAndAdditionAndIdNot(corrected.postcode(), corrected.houseNumber(),
				corrected.addition(), id)) {
			throw new InvalidAddressException(List
				.of(new AddressProblem(AddressField.POSTCODE, "addresses.error.duplicate", corrected.oneLine())));
		}
		Long me = accounts.currentAccountId().orElse(null);
		String before = address.line().oneLine();
		address.correct(corrected, me, clock.instant());
		addresses.saveAndFlush(address);
		log.info("Address {} corrected by administrator {} (was {})", id, me, before);
		return rows(List.of(address)).getFirst();
	}

	/**
	 * Removes an address from the list. Its letter codes stop working. The residents
	 * verified through it are never dropped silently: the administrator decides, knowing
	 * how many there are, whether they stay verified (without an address) or their
	 * verification ends with a reason they read.
	 * @throws Rejection when the address is gone, when what hangs on it changed since the
	 * administrator looked, when residents hang on it and no decision about them was
	 * made, or for a missing reason
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public void removeAddress(Long id, AddressRemoval removal) {
		// the same lock a redemption takes: nobody verifies through it while it goes
		Address address = addresses.lockById(id).orElseThrow(() -> new Rejection("addresses.error.gone"));
		AddressRow current = rows(List.of(address)).getFirst();
		if (current.verifiedResidents() != removal.verifiedSeen()
				|| !Objects.equals(current.workingBatch(), removal.workingBatchSeen())) {
			throw new Rejection("addresses.error.changedMeanwhile");
		}
		Long me = accounts.currentAccountId().orElse(null);
		if (current.verifiedResidents() > 0) {
			if (removal.verifications() == null) {
				throw new Rejection("addresses.remove.error.choose");
			}
			if (removal.verifications() == AddressRemoval.Verifications.REVOKE) {
				String why = removal.reason() == null ? "" : removal.reason().strip();
				if (why.length() < ResidencyService.REASON_MIN || why.length() > ResidencyService.REASON_MAX) {
					throw new Rejection("residency.error.reason", ResidencyService.REASON_MIN,
							ResidencyService.REASON_MAX);
				}
				residencies.findByAddressIdAndActiveAccountIdIsNotNull(id)
					.forEach(residency -> verifications.revoke(residency, me, why));
			}
		}
		addresses.delete(address);
		addresses.flush();
		log.info("Address {} removed by administrator {}: {} verified residents {}, working code of batch {}", id, me,
				current.verifiedResidents(),
				current.verifiedResidents() == 0 ? "-"
						: removal.verifications() == AddressRemoval.Verifications.REVOKE ? "revoked" : "kept",
				current.workingBatch());
	}

	private List<AddressRow> rows(List<Address> page) {
		if (page.isEmpty()) {
			return List.of();
		}
		List<Long> ids = page.stream().map(Address::getId).toList();
		Map<Long, Long> verified = addresses.countVerifiedPerAddress(ids)
			.stream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
		Set<Long> working = validity.working(batches.findAll(), clock.instant());
		Map<Long, Long> workingBatch = working.isEmpty() ? Map.of()
				: addresses.findWorkingBatchPerAddress(ids, working)
					.stream()
					.collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
		return page.stream().map(address -> {
			AddressLine line = address.line();
			return new AddressRow(address.getId(), address.getVersion(), line.street(), line.houseNumber(),
					line.addition(), line.postcode(), line.place(), line.oneLine(), address.getImportedAt(),
					address.getCorrectedAt(), verified.getOrDefault(address.getId(), 0L),
					workingBatch.get(address.getId()));
		}).toList();
	}

	private LetterPdf.Letterhead letterhead() {
		return new LetterPdf.Letterhead(branding.programmeName(), branding.areaName(), properties.letterUrl(),
				properties.accountsPerAddress(), properties.placeOrNull(), stationery.properties(), stationery.logo());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(DisplayFormats.DUTCH_TIME));
	}

}
