package nl.wijkstem.notification.mail;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each kind of notice reaches each resident by e-mail. Only choices that differ from
 * a kind's default are stored, so changing a default reaches everyone who never chose.
 */
@Service
@Transactional(readOnly = true)
public class NoticePreferences {

	private final JdbcClient jdbc;

	private final AccountService accounts;

	NoticePreferences(JdbcClient jdbc, AccountService accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/** The signed-in resident's choice for every kind, defaults included. */
	@RolesAllowed(Roles.RESIDENT)
	public Map<NoticeKind, Cadence> mine() {
		Long me = accounts.currentAccountId().orElseThrow();
		Map<NoticeKind, Cadence> choices = new EnumMap<>(NoticeKind.class);
		for (NoticeKind kind : NoticeKind.values()) {
			choices.put(kind, kind.defaultCadence());
		}
		jdbc.sql("select kind, cadence from notice_preference where account_id = :account")
			.param("account", me)
			.query((row, index) -> Map.entry(NoticeKind.valueOf(row.getString(1)), Cadence.valueOf(row.getString(2))))
			.list()
			.forEach(choice -> choices.put(choice.getKey(), choice.getValue()));
		return choices;
	}

	/** The signed-in resident chooses how one kind reaches them. */
	@RolesAllowed(Roles.RESIDENT)
	@Transactional
	public void choose(NoticeKind kind, Cadence cadence) {
		set(accounts.currentAccountId().orElseThrow(), kind, cadence);
	}

	/**
	 * Sets a resident's choice without a signed-in resident: the one-click unsubscribe
	 * link in a mail, whose signed token is the authorisation.
	 */
	@PermitAll
	@Transactional
	public void set(Long accountId, NoticeKind kind, Cadence cadence) {
		jdbc.sql("delete from notice_preference where account_id = :account and kind = :kind")
			.param("account", accountId)
			.param("kind", kind.name())
			.update();
		if (cadence != kind.defaultCadence()) {
			jdbc.sql("insert into notice_preference (account_id, kind, cadence) values (:account, :kind, :cadence)")
				.param("account", accountId)
				.param("kind", kind.name())
				.param("cadence", cadence.name())
				.update();
		}
	}

	/** One resident's choice for one kind. */
	@PermitAll
	public Cadence cadence(Long accountId, NoticeKind kind) {
		return cadences(java.util.List.of(accountId), kind).get(accountId);
	}

	/**
	 * Everyone who wants this kind of news by e-mail without having asked for it thing by
	 * thing (voting rounds): a confirmed address that works, and a choice other than
	 * "only in the app", the default included.
	 */
	@PermitAll
	public Set<Long> optedIn(NoticeKind kind) {
		String choice = kind.defaultCadence() == Cadence.APP_ONLY
				? "exists (select 1 from notice_preference p where p.account_id = e.account_id"
						+ " and p.kind = :kind and p.cadence <> 'APP_ONLY')"
				: "not exists (select 1 from notice_preference p where p.account_id = e.account_id"
						+ " and p.kind = :kind and p.cadence = 'APP_ONLY')";
		return jdbc
			.sql("select e.account_id from email_address e where e.address is not null and e.failed_at is null and "
					+ choice)
			.param("kind", kind.name())
			.query(Long.class)
			.set();
	}

	/** The choices of many residents for one kind, in one query. */
	@PermitAll
	public Map<Long, Cadence> cadences(Collection<Long> accountIds, NoticeKind kind) {
		Map<Long, Cadence> choices = new HashMap<>();
		accountIds.forEach(id -> choices.put(id, kind.defaultCadence()));
		for (Collection<Long> part : EmailChannel.parts(accountIds)) {
			jdbc.sql("select account_id, cadence from notice_preference where kind = :kind and account_id in (:ids)")
				.param("kind", kind.name())
				.param("ids", part)
				.query((row, index) -> Map.entry(row.getLong(1), Cadence.valueOf(row.getString(2))))
				.list()
				.forEach(choice -> choices.put(choice.getKey(), choice.getValue()));
		}
		return choices;
	}

}
