package nl.wijkstem.moderation.bureau;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.StaffMember;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.audit.ModerationActionTaken;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who of the bureau works on which item, so that two moderators do not handle the same
 * idea: a moderator takes an item ("Ik pak dit op") or gives it to a colleague; everyone
 * sees who has it. A claim ends after a while without the holder opening the item, when
 * the holder lets go, or when a decision on the item is taken. Claims inform; they do not
 * lock: a decision still needs the idea as the moderator saw it.
 */
@Service
@Transactional(readOnly = true)
public class ClaimService {

	/** Decisions after which the item needs nobody any more. */
	private static final Set<String> RELEASING = Set.of("idea.publish", "idea.request_changes", "idea.reject",
			"idea.duplicate", "idea.hide", "idea.reviewed", "report.uphold", "report.dismiss");

	private final ClaimRepository claims;

	private final AccountService accounts;

	private final ClaimProperties properties;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ClaimService(ClaimRepository claims, AccountService accounts, ClaimProperties properties,
			ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
		this.claims = claims;
		this.accounts = accounts;
		this.properties = properties;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Who works on the item now, as the moderator opens it. Opening your own item counts
	 * as working on it: the claim lasts from now for the idle time again.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public Optional<ClaimState> opened(Long ideaId) {
		Long me = accounts.currentAccountId().orElse(null);
		Instant now = clock.instant();
		return claims.findById(ideaId).filter(claim -> claim.isActive(now)).map(claim -> {
			if (claim.isHeldBy(me)) {
				claim.renew(now.plus(properties.idle()));
			}
			return state(claim, me);
		});
	}

	/** The items of a page of the queue that someone works on now, by idea. */
	@RolesAllowed(Roles.MODERATOR)
	public Map<Long, ClaimState> active(Collection<Long> ideaIds) {
		if (ideaIds.isEmpty()) {
			return Map.of();
		}
		Long me = accounts.currentAccountId().orElse(null);
		List<Claim> found = claims.findByIdeaIdInAndExpiresAtAfter(ideaIds, clock.instant());
		Map<Long, String> names = names(found);
		return found.stream()
			.collect(Collectors.toMap(Claim::getIdeaId, claim -> state(claim, me, names), (a, b) -> a));
	}

	/**
	 * The signed-in moderator takes the item. When two take it at once, one wins and the
	 * other is told who.
	 * @throws ClaimTakenException when a colleague works on it; nothing changed
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public ClaimState claim(Long ideaId) {
		Long me = me();
		return give(ideaId, me, me);
	}

	/**
	 * Gives the item to a colleague: when nobody has it, or when it is yours. It stays
	 * theirs for a working day, or the idle time after they open it.
	 * @throws ClaimTakenException when another colleague works on it; nothing changed
	 * @throws IllegalArgumentException when the account is not of the bureau
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public ClaimState assign(Long ideaId, Long colleagueId) {
		Long me = me();
		if (colleagues().stream().noneMatch(member -> member.accountId().equals(colleagueId))) {
			throw new IllegalArgumentException("Account " + colleagueId + " is not of the programme bureau");
		}
		return give(ideaId, colleagueId, me);
	}

	/** The holder lets go of the item. Someone else's claim stays. */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void release(Long ideaId) {
		Long me = me();
		Optional<Claim> claim = claims.findById(ideaId);
		if (claim.isPresent() && claim.get().isActive(clock.instant()) && !claim.get().isHeldBy(me)) {
			throw new ClaimTakenException(state(claim.get(), me));
		}
		claims.release(ideaId);
	}

	/** The people an item can be given to: the bureau's staff, by name. */
	@RolesAllowed(Roles.MODERATOR)
	public List<StaffMember> colleagues() {
		return accounts.staff();
	}

	/** A decision ends the work on the item, whoever took it. */
	@EventListener
	@PermitAll
	@Transactional
	public void on(ModerationActionTaken action) {
		if ("idea".equals(action.subjectType()) && RELEASING.contains(action.action())) {
			claims.release(action.subjectId());
		}
	}

	private ClaimState give(Long ideaId, Long holder, Long by) {
		Objects.requireNonNull(ideaId);
		try {
			return transaction.execute(status -> {
				Instant now = clock.instant();
				Optional<Claim> existing = claims.findById(ideaId);
				Claim claim;
				if (existing.isPresent()) {
					claim = existing.get();
					boolean free = !claim.isActive(now) || claim.isHeldBy(by) || claim.isHeldBy(holder);
					if (!free) {
						throw new ClaimTakenException(state(claim, by));
					}
					claim.give(holder, by, now, until(holder, by, now));
				}
				else {
					claim = claims.save(new Claim(ideaId, holder, by, now, until(holder, by, now)));
				}
				claims.flush();
				if (!holder.equals(by)) {
					String to = accounts.displayNames(Set.of(holder)).getOrDefault(holder, "");
					events.publishEvent(new ModerationActionTaken(BureauActions.ASSIGN, "idea", ideaId, "", to, ""));
				}
				return state(claim, by);
			});
		}
		catch (DataIntegrityViolationException | OptimisticLockingFailureException lost) {
			// a colleague's claim was saved first: tell who
			ClaimState winner = transaction
				.execute(status -> claims.findById(ideaId).map(claim -> state(claim, by)).orElse(null));
			if (winner == null) {
				throw lost;
			}
			throw new ClaimTakenException(winner);
		}
	}

	private Instant until(Long holder, Long by, Instant now) {
		return now.plus(holder.equals(by) ? properties.idle() : properties.assignment());
	}

	private ClaimState state(Claim claim, Long me) {
		return state(claim, me, names(List.of(claim)));
	}

	private static ClaimState state(Claim claim, Long me, Map<Long, String> names) {
		return new ClaimState(claim.getIdeaId(), claim.getHolderId(), names.getOrDefault(claim.getHolderId(), ""),
				claim.getAssignedBy() == null ? "" : names.getOrDefault(claim.getAssignedBy(), ""),
				claim.getClaimedAt(), claim.getExpiresAt(), claim.isHeldBy(me));
	}

	private Map<Long, String> names(Collection<Claim> found) {
		Set<Long> people = new HashSet<>();
		found.forEach(claim -> {
			people.add(claim.getHolderId());
			if (claim.getAssignedBy() != null) {
				people.add(claim.getAssignedBy());
			}
		});
		return accounts.displayNames(people);
	}

	private Long me() {
		return accounts.currentAccountId()
			.orElseThrow(() -> new IllegalStateException("A moderator without an account cannot claim items"));
	}

}
