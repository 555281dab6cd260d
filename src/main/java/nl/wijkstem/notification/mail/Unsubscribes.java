package nl.wijkstem.notification.mail;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unsubscribe link of a mail, which works without signing in: its signed token is the
 * authorisation. A notice's link stops mail about its kind; a digest's link stops that
 * digest, by setting every kind the resident gathers in it to "only in the app". Either
 * way what was already gathered for a digest and not yet sent is dropped, so no mail
 * about it follows the click.
 */
@Service
@Transactional(readOnly = true)
public class Unsubscribes {

	/** The path of the footer link and of the one-click POST, followed by the token. */
	public static final String PATH = "email/afmelden/";

	private final UnsubscribeTokens tokens;

	private final NoticePreferences preferences;

	private final JdbcClient jdbc;

	Unsubscribes(UnsubscribeTokens tokens, NoticePreferences preferences, JdbcClient jdbc) {
		this.tokens = tokens;
		this.preferences = preferences;
		this.jdbc = jdbc;
	}

	/**
	 * What a link stops, as the page behind it says before anything is changed.
	 *
	 * @param kind the kind of notice a notice's link stops, or {@code null} for a digest
	 * @param digest the digest a digest's link stops, or {@code null}
	 * @param kinds the kinds that will no longer be mailed (for a digest: the kinds now
	 * gathered in it; may be empty when they were changed since)
	 */
	public record Stop(NoticeKind kind, Cadence digest, List<NoticeKind> kinds) {

		public Stop {
			kinds = List.copyOf(kinds);
		}

	}

	/** What the token's link would stop; empty for a forged, changed or outdated one. */
	@PermitAll
	public Optional<Stop> what(String token) {
		return verified(token).map(claim -> new Stop(claim.kind(), claim.digest(), kinds(claim)));
	}

	/**
	 * Stops what the token's link is for.
	 * @return whether the token was good (stopping twice is harmless)
	 */
	@PermitAll
	@Transactional
	public boolean unsubscribe(String token) {
		Optional<UnsubscribeTokens.Claim> verified = verified(token);
		verified.ifPresent(claim -> {
			List<NoticeKind> kinds = kinds(claim);
			for (NoticeKind kind : kinds) {
				preferences.set(claim.accountId(), kind, Cadence.APP_ONLY);
			}
			if (!kinds.isEmpty()) {
				jdbc.sql(
						"delete from digest_item where account_id = :account and outbox_id is null and kind in (:kinds)")
					.param("account", claim.accountId())
					.param("kinds", kinds.stream().map(NoticeKind::name).toList())
					.update();
			}
		});
		return verified.isPresent();
	}

	private List<NoticeKind> kinds(UnsubscribeTokens.Claim claim) {
		if (claim.kind() != null) {
			return List.of(claim.kind());
		}
		return Arrays.stream(NoticeKind.values())
			.filter(kind -> preferences.cadence(claim.accountId(), kind) == claim.digest())
			.toList();
	}

	/** The token's claim, if it is signed for the address its row has now. */
	private Optional<UnsubscribeTokens.Claim> verified(String token) {
		return tokens.read(token)
			.filter(claim -> jdbc.sql(
					"select address from email_address where id = :id and account_id = :account and address is not null")
				.param("id", claim.addressId())
				.param("account", claim.accountId())
				.query(String.class)
				.optional()
				.filter(address -> tokens.signedFor(token, address))
				.isPresent());
	}

}
