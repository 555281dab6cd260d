package nl.wijkstem.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Languages;
import nl.wijkstem.base.Translator;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.base.security.SignInIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a local account for everyone who signs in, created on their first sign-in and
 * refreshed (name, e-mail) on every later one.
 */
@Service
public class AccountService {

	private static final Logger log = LoggerFactory.getLogger(AccountService.class);

	private final AccountRepository accounts;

	private final SubjectHasher hasher;

	private final TransactionTemplate transaction;

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Residencies residencies;

	private final CodeAttemptRepository codeAttempts;

	private final ObjectProvider<PersonalDataSource> personalDataSources;

	AccountService(AccountRepository accounts, SubjectHasher hasher, TransactionTemplate transaction, Clock clock,
			ApplicationEventPublisher events, Residencies residencies, CodeAttemptRepository codeAttempts,
			ObjectProvider<PersonalDataSource> personalDataSources) {
		this.accounts = accounts;
		this.hasher = hasher;
		this.transaction = transaction;
		this.clock = clock;
		this.events = events;
		this.residencies = residencies;
		this.codeAttempts = codeAttempts;
		this.personalDataSources = personalDataSources;
	}

	/**
	 * Runs inside the sign-in itself, so it must never fail it: two first sign-ins of the
	 * same person at once meet the unique key, and the loser simply finds the winner's
	 * account next time. A residency claim of the identity provider is applied here too.
	 */
	@EventListener
	@PermitAll
	public void onSignIn(AuthenticationSuccessEvent event) {
		Object principal = event.getAuthentication().getPrincipal();
		boolean staff = event.getAuthentication()
			.getAuthorities()
			.stream()
			.anyMatch(authority -> Roles.authority(Roles.MODERATOR).equals(authority.getAuthority()));
		SignInIdentity.of(principal).ifPresent(identity -> {
			Long accountId;
			try {
				accountId = transaction.execute(status -> recordSignIn(identity, staff));
			}
			catch (DataIntegrityViolationException ex) {
				log.info("Account of {} was created by a concurrent sign-in", identity.issuer());
				return;
			}
			residencies.signedIn(accountId, principal);
		});
	}

	/**
	 * The signed-in person's own account; empty for anonymous visitors.
	 */
	@PermitAll
	public Optional<AccountSummary> currentAccount() {
		return current().map(AccountService::summary);
	}

	/**
	 * The signed-in person's data as a JSON document, for their right of access and
	 * portability (AVG articles 15 and 20): every value they read in their own language.
	 * @param words the translations of the view that offers the download
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public byte[] exportMyData(Translator words) {
		AccountSummary account = currentAccount().orElseThrow(() -> new IllegalStateException("No account"));
		Map<String, Object> activity = new TreeMap<>();
		personalDataSources.orderedStream()
			.forEach(source -> activity.put(source.section(), source.dataOf(account.id(), words)));
		return JSON.writeValueAsBytes(PersonalDataExport.of(account, residencies.history(account.id()),
				codeAttempts.findByAccountIdOrderByAttemptedAtAsc(account.id()), activity, words));
	}

	/**
	 * How much of each kind of data Wijkstem keeps about the signed-in person, for the
	 * overview on "my data": what every other part keeps, then the residency checks and
	 * code attempts kept here.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<PersonalDataCount> myDataCounts() {
		return currentAccount().map(account -> {
			List<PersonalDataCount> counts = new ArrayList<>();
			personalDataSources.orderedStream().forEach(source -> counts.addAll(source.counts(account.id())));
			counts.add(new PersonalDataCount("myData.kept.residency", residencies.history(account.id()).size(), null));
			counts.add(new PersonalDataCount("myData.kept.codeAttempts",
					codeAttempts.findByAccountIdOrderByAttemptedAtAsc(account.id()).size(), null));
			return List.copyOf(counts);
		}).orElse(List.of());
	}

	/**
	 * Deletes the signed-in person's account. Other modules hear {@link AccountDeleted}
	 * in the same transaction, before the account is gone, and remove what they hold.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void deleteMyAccount() {
		current().ifPresent(account -> {
			// listeners first, while their rows still point at the account
			events.publishEvent(new AccountDeleted(account.getId()));
			accounts.delete(account);
			log.info("Account {} deleted at its owner's request", account.getId());
		});
	}

	/**
	 * An account for a seeded demo resident who never signs in: only the demo data uses
	 * it, and only an administrator (the seeding runs as one) may create it.
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public Long demoResident(String key, String displayName) {
		String subjectHash = hasher.hash(SignInIdentity.DEMO_ISSUER, key);
		Account account = accounts.findByIssuerAndSubjectHash(SignInIdentity.DEMO_ISSUER, subjectHash)
			.orElseGet(() -> new Account(SignInIdentity.DEMO_ISSUER, subjectHash, clock.instant()));
		account.signedIn(displayName, null, clock.instant());
		return accounts.save(account).getId();
	}

	/**
	 * The id of the signed-in person's account, for modules that link their rows to it.
	 */
	@PermitAll
	public Optional<Long> currentAccountId() {
		return current().map(Account::getId);
	}

	/**
	 * Names to show beside content, by account id. Deleted accounts are simply absent.
	 */
	@PermitAll
	public Map<Long, String> displayNames(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		return accounts.findAllById(accountIds)
			.stream()
			.collect(Collectors.toMap(Account::getId, Account::getDisplayName));
	}

	/**
	 * The programme bureau's staff (moderators and administrators, as of their last
	 * sign-in), by name: the people an item can be given to.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional(readOnly = true)
	public List<StaffMember> staff() {
		return accounts.findByStaffTrueOrderByDisplayNameAscIdAsc()
			.stream()
			.map(account -> new StaffMember(account.getId(), account.getDisplayName()))
			.toList();
	}

	private Optional<Account> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Optional.empty();
		}
		return SignInIdentity.of(authentication.getPrincipal())
			.flatMap(identity -> accounts.findByIssuerAndSubjectHash(identity.issuer(),
					hasher.hash(identity.issuer(), identity.subject())));
	}

	private Long recordSignIn(SignInIdentity identity, boolean staff) {
		String subjectHash = hasher.hash(identity.issuer(), identity.subject());
		Account account = accounts.findByIssuerAndSubjectHash(identity.issuer(), subjectHash)
			.orElseGet(() -> new Account(identity.issuer(), subjectHash, clock.instant()));
		account.signedIn(identity.displayName(), identity.email(), clock.instant());
		account.staff(staff);
		Long id = accounts.saveAndFlush(account).getId();
		if (identity.email() != null && !identity.email().isBlank()) {
			events.publishEvent(new AccountSignedIn(id, identity.email(), identity.emailVerified(),
					Languages.fromTag(LocaleContextHolder.getLocale().getLanguage())));
		}
		return id;
	}

	private static AccountSummary summary(Account account) {
		return new AccountSummary(account.getId(), account.getDisplayName(), account.getEmail(), account.getIssuer(),
				account.getCreatedAt(), account.getLastSignInAt());
	}

}
