package nl.wijkstem.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.FollowTarget;
import nl.wijkstem.base.security.Roles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who follows what: a resident follows an idea, a group, a programme goal, a local theme,
 * a voting round or a consultation with one click and hears its news as a notice of the
 * kind {@link NoticeKind#FOLLOWED} (a round's as {@link NoticeKind#VOTING}). Following
 * twice is following once; unfollowing what one does not follow changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class FollowService {

	private final JdbcClient jdbc;

	private final AccountService accounts;

	private final Clock clock;

	FollowService(JdbcClient jdbc, AccountService accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	@RolesAllowed(Roles.RESIDENT)
	@Transactional
	public void follow(FollowTarget target) {
		jdbc.sql("""
				insert into follow (account_id, target_type, target_id, created_at)
				select :account, :type, :id, :now
				where not exists (select 1 from follow
				  where account_id = :account and target_type = :type and target_id = :id)""")
			.param("account", me())
			.param("type", target.type().name())
			.param("id", target.id())
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	@RolesAllowed(Roles.RESIDENT)
	@Transactional
	public void unfollow(FollowTarget target) {
		jdbc.sql("delete from follow where account_id = :account and target_type = :type and target_id = :id")
			.param("account", me())
			.param("type", target.type().name())
			.param("id", target.id())
			.update();
	}

	@RolesAllowed(Roles.RESIDENT)
	public boolean isFollowing(FollowTarget target) {
		return accounts.currentAccountId()
			.map(me -> jdbc
				.sql("select count(*) from follow where account_id = :account and target_type = :type"
						+ " and target_id = :id")
				.param("account", me)
				.param("type", target.type().name())
				.param("id", target.id())
				.query(Integer.class)
				.single() > 0)
			.orElse(false);
	}

	/**
	 * Everything the signed-in resident follows: a page showing several things looks them
	 * up at once (a resident follows a handful of things, not thousands).
	 */
	@RolesAllowed(Roles.RESIDENT)
	public Set<FollowTarget> following() {
		return accounts.currentAccountId()
			.map(me -> jdbc.sql("select target_type, target_id from follow where account_id = :account")
				.param("account", me)
				.query((row, index) -> new FollowTarget(FollowTarget.Type.valueOf(row.getString(1)), row.getLong(2)))
				.set())
			.orElse(Set.of());
	}

	/** The residents who follow this, for the listeners that tell them. */
	@PermitAll
	public Set<Long> followers(FollowTarget target) {
		return new LinkedHashSet<>(
				jdbc.sql("select account_id from follow where target_type = :type and target_id = :id")
					.param("type", target.type().name())
					.param("id", target.id())
					.query(Long.class)
					.list());
	}

	/** The residents who follow any of these, each once. */
	@PermitAll
	public Set<Long> followers(Collection<FollowTarget> targets) {
		Set<Long> all = new LinkedHashSet<>();
		targets.forEach(target -> all.addAll(followers(target)));
		return all;
	}

	/** The thing is gone: nobody follows it any more. */
	@Transactional
	void forget(FollowTarget target) {
		jdbc.sql("delete from follow where target_type = :type and target_id = :id")
			.param("type", target.type().name())
			.param("id", target.id())
			.update();
	}

	private Long me() {
		return accounts.currentAccountId().orElseThrow();
	}

}
