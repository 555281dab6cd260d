package nl.wijkstem.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.account.CodeAttempt.Outcome;
import nl.wijkstem.base.security.ActionBudget;
import nl.wijkstem.base.security.ClientAddresses;
import nl.wijkstem.base.security.RateLimit;
import nl.wijkstem.base.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who is a verified resident of the area, and the ways to become one: a letter code, the
 * identity provider's claim (applied at sign-in) or a moderator at the programme bureau.
 * Later features, such as voting, ask {@link #isVerifiedResident(Long)}.
 * <p>
 * Guessing codes is made useless by their length and by limits on failed attempts per
 * account and per network address, counted in the database so they hold across sessions
 * and servers. Every attempt is logged, without the code.
 */
@Service
public class ResidencyService {

	private static final Logger log = LoggerFactory.getLogger(ResidencyService.class);

	static final int REASON_MIN = 5;

	static final int REASON_MAX = 500;

	private static final int SEARCH_MIN = 2;

	private static final int SEARCH_RESULTS = 20;

	private final AccountService accounts;

	private final AccountRepository accountRepository;

	private final Residencies residencies;

	private final ResidencyRepository residencyRepository;

	private final LetterCodeRepository codes;

	private final CodeBatchRepository batches;

	private final AddressRepository addresses;

	private final CodeAttemptRepository attempts;

	private final LetterCodes letterCodes;

	private final ClientAddresses clientAddresses;

	private final ResidencyProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final CodeValidity validity;

	private final PersonPseudonyms pseudonyms;

	ResidencyService(AccountService accounts, AccountRepository accountRepository, Residencies residencies,
			ResidencyRepository residencyRepository, LetterCodeRepository codes, CodeBatchRepository batches,
			AddressRepository addresses, CodeAttemptRepository attempts, LetterCodes letterCodes,
			ClientAddresses clientAddresses, ResidencyProperties properties, TransactionTemplate transaction,
			Clock clock, CodeValidity validity, PersonPseudonyms pseudonyms) {
		this.pseudonyms = pseudonyms;
		this.accounts = accounts;
		this.accountRepository = accountRepository;
		this.residencies = residencies;
		this.residencyRepository = residencyRepository;
		this.codes = codes;
		this.batches = batches;
		this.addresses = addresses;
		this.attempts = attempts;
		this.letterCodes = letterCodes;
		this.clientAddresses = clientAddresses;
		this.properties = properties;
		this.transaction = transaction;
		this.clock = clock;
		this.validity = validity;
	}

	/**
	 * Whether the account belongs to a verified resident of the area, by any method.
	 */
	@PermitAll
	@Transactional(readOnly = true)
	public boolean isVerifiedResident(Long accountId) {
		return accountId != null && residencyRepository.existsByActiveAccountId(accountId);
	}

	/**
	 * The signed-in person's residency: verified or not, how and since when.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public ResidencyStatus myStatus() {
		return accounts.currentAccountId().map(residencies::status).orElse(ResidencyStatus.NEVER_VERIFIED);
	}

	/**
	 * Redeems the code of a letter: the signed-in resident becomes a verified resident of
	 * its address. The code may be typed in any case, with or without spaces and dashes.
	 * @throws Rejection for an unknown, replaced, expired or used-up code, too many
	 * failed attempts, or a resident who is verified already; nothing changes then,
	 * except that the attempt is logged
	 */
	@RolesAllowed(Roles.RESIDENT)
	public ResidencyStatus redeem(String code) {
		Long me = accounts.currentAccountId().orElseThrow(() -> new Rejection("residency.error.noAccount"));
		String client = clientAddresses.current();
		Attempt attempt;
		try {
			attempt = transaction.execute(status -> attempt(me, client, code));
		}
		catch (DataIntegrityViolationException ex) {
			// the same account redeemed a code at the same moment, and that one counted
			attempt = transaction.execute(status -> record(me, client, Outcome.ALREADY_VERIFIED, null));
		}
		if (attempt.outcome() != Outcome.VERIFIED) {
			throw new Rejection(attempt.messageKey(), attempt.arguments());
		}
		log.info("Account {} verified as a resident with a letter code", me);
		return transaction.execute(status -> residencies.status(me));
	}

	/**
	 * Accounts whose name or e-mail address contains the text, for a moderator who
	 * verifies someone at the programme bureau.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional(readOnly = true)
	public List<ResidentCandidate> findResidents(String query) {
		String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
		if (text.length() < SEARCH_MIN) {
			return List.of();
		}
		String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		Long me = accounts.currentAccountId().orElse(null);
		return accountRepository.search(pattern, PageRequest.of(0, SEARCH_RESULTS))
			.stream()
			.map(account -> new ResidentCandidate(account.getId(), account.getDisplayName(), account.getEmail(),
					residencies.status(account.getId()), account.getId().equals(me)))
			.toList();
	}

	/**
	 * A moderator saw the resident at the programme bureau and verifies them, recorded
	 * with the moderator and the time.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public ResidencyStatus verifyInPerson(Long accountId) {
		Long me = accounts.currentAccountId().orElseThrow(() -> new Rejection("residency.error.noAccount"));
		if (accountId.equals(me)) {
			throw new Rejection("residency.error.notYourself");
		}
		if (!accountRepository.existsById(accountId)) {
			throw new Rejection("residency.error.noSuchAccount");
		}
		if (residencyRepository.existsByActiveAccountId(accountId)) {
			throw new Rejection("residency.error.verifiedMeanwhile");
		}
		try {
			residencies.verify(accountId, ResidencyMethod.IN_PERSON, null, null, me);
		}
		catch (DataIntegrityViolationException ex) {
			throw new Rejection("residency.error.verifiedMeanwhile");
		}
		log.info("Account {} verified in person by moderator {}", accountId, me);
		return residencies.status(accountId);
	}

	/**
	 * Ends a verification, with a reason the resident reads.
	 * @param verificationId the verification the moderator saw; refused when it changed
	 * since
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void revoke(Long accountId, Long verificationId, String reason) {
		Long me = accounts.currentAccountId().orElseThrow(() -> new Rejection("residency.error.noAccount"));
		String why = reason == null ? "" : reason.strip();
		if (why.length() < REASON_MIN || why.length() > REASON_MAX) {
			throw new Rejection("residency.error.reason", REASON_MIN, REASON_MAX);
		}
		Residency active = residencyRepository.findByActiveAccountId(accountId)
			.filter(residency -> residency.getId().equals(verificationId))
			.orElseThrow(() -> new Rejection("residency.error.changedMeanwhile"));
		residencies.revoke(active, me, why);
		log.info("Residency of account {} revoked by moderator {}", accountId, me);
	}

	/**
	 * A deleted account's verifications go with it; its code attempts stay until their
	 * retention ends, without the account, so the limits keep counting for the person.
	 */
	@EventListener
	@PermitAll
	@Transactional
	public void on(AccountDeleted deleted) {
		attempts.unlink(deleted.accountId());
		residencyRepository.deleteAllOf(deleted.accountId());
	}

	private Attempt attempt(Long me, String client, String typed) {
		Instant now = clock.instant();
		attempts.deleteOlderThan(now.minus(properties.attemptsKeptFor()));
		if (residencyRepository.existsByActiveAccountId(me)) {
			return record(me, client, Outcome.ALREADY_VERIFIED, null);
		}
		Optional<Long> wait = minutesToWait(me, client, now);
		if (wait.isPresent()) {
			log.warn("Residency code attempts of account {} from {} refused: too many failures", me, client);
			return record(me, client, Outcome.RATE_LIMITED, null, wait.get());
		}
		Optional<String> code = LetterCodes.normalise(typed);
		if (code.isEmpty()) {
			LetterCodes.Malformed why = LetterCodes.whyNotACode(typed);
			attempts.save(
					new CodeAttempt(pseudonyms.codeAttempts(me), me, client, Outcome.MALFORMED, null, clock.instant()));
			return new Attempt(Outcome.MALFORMED, why.messageKey(), why.arguments());
		}
		Optional<LetterCode> found = codes.findByCodeHash(letterCodes.hash(code.get()));
		if (found.isEmpty()) {
			return record(me, client, Outcome.UNKNOWN, null);
		}
		LetterCode letter = found.get();
		if (letter.isWithdrawn()) {
			return record(me, client, Outcome.WITHDRAWN, letter.getId());
		}
		if (batches.findById(letter.getBatchId())
			.map(batch -> !validity.ending(batch, Locale.ROOT).worksAt(now))
			.orElse(false)) {
			return record(me, client, Outcome.EXPIRED, letter.getId());
		}
		addresses.lockById(letter.getAddressId());
		if (residencyRepository.countByAddressIdAndActiveAccountIdIsNotNull(letter.getAddressId()) >= properties
			.accountsPerAddress()) {
			return record(me, client, Outcome.USED_UP, letter.getId(), properties.accountsPerAddress());
		}
		residencies.verify(me, ResidencyMethod.CODE, letter.getAddressId(), letter.getId(), null);
		return record(me, client, Outcome.VERIFIED, letter.getId());
	}

	/**
	 * How long until another attempt is allowed, when the account (its person, across
	 * deleted accounts) or its network address used up its failed attempts.
	 */
	private Optional<Long> minutesToWait(Long me, String client, Instant now) {
		String person = pseudonyms.codeAttempts(me);
		Optional<Duration> perPerson = new ActionBudget(
				List.of(new RateLimit(properties.failedAttemptsPerAccount(), properties.attemptWindow())))
			.waitBefore(now, (since, howMany) -> attempts.failedTimesByPerson(person, since, Limit.of(howMany)));
		Optional<Duration> perClient = new ActionBudget(
				List.of(new RateLimit(properties.failedAttemptsPerClient(), properties.attemptWindow())))
			.waitBefore(now, (since, howMany) -> attempts.failedTimesByClient(client, since, Limit.of(howMany)));
		return perPerson.or(() -> perClient).map(ActionBudget::minutesUp);
	}

	private Attempt record(Long me, String client, Outcome outcome, Long codeId, Object... arguments) {
		attempts.save(new CodeAttempt(pseudonyms.codeAttempts(me), me, client, outcome, codeId, clock.instant()));
		return new Attempt(outcome, outcome.messageKey, arguments);
	}

	private record Attempt(Outcome outcome, String messageKey, Object... arguments) {
	}

}
