package nl.wijkstem.account;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The module's own record of verified residents: what the services, the sign-in and the
 * data export share. Callers are checked before they get here.
 */
@Component
class Residencies {

	private static final Logger log = LoggerFactory.getLogger(Residencies.class);

	static final String CLAIM_ENDED = "claim";

	private final ResidencyRepository residencies;

	private final AddressRepository addresses;

	private final ResidencyProperties properties;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Residencies(ResidencyRepository residencies, AddressRepository addresses, ResidencyProperties properties,
			ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
		this.residencies = residencies;
		this.addresses = addresses;
		this.properties = properties;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	ResidencyStatus status(Long accountId) {
		return residencies.findByActiveAccountId(accountId)
			.or(() -> residencies.findFirstByAccountIdOrderByVerifiedAtDescIdDesc(accountId))
			.map(this::status)
			.orElse(ResidencyStatus.NEVER_VERIFIED);
	}

	/** Every verification the account ever had, oldest first, for its owner. */
	List<ResidencyStatus> history(Long accountId) {
		return residencies.findByAccountIdOrderByVerifiedAtAscIdAsc(accountId).stream().map(this::status).toList();
	}

	Residency verify(Long accountId, ResidencyMethod method, Long addressId, Long codeId, Long verifiedBy) {
		Residency residency = residencies
			.saveAndFlush(new Residency(accountId, method, addressId, codeId, verifiedBy, clock.instant()));
		events.publishEvent(new ResidencyVerified(accountId, method, verifiedBy));
		return residency;
	}

	void revoke(Residency residency, Long revokedBy, String reason) {
		residency.revoke(revokedBy, reason, clock.instant());
		residencies.saveAndFlush(residency);
		events.publishEvent(new ResidencyRevoked(residency.getAccountId(), revokedBy, reason));
	}

	/**
	 * After a sign-in through the identity provider: a configured claim that places the
	 * person in the area verifies them; one that no longer does ends a verification that
	 * came from the claim. Without the claim nothing changes (another provider, or one
	 * that does not share it). Never fails the sign-in.
	 */
	void signedIn(Long accountId, Object principal) {
		if (!properties.claimConfigured() || !(principal instanceof OidcUser user)) {
			return;
		}
		Optional<String> value = claimValue(user.getClaims(), properties.claim());
		if (value.isEmpty()) {
			return;
		}
		boolean inArea = properties.inArea(value.get());
		try {
			transaction.executeWithoutResult(status -> {
				Optional<Residency> active = residencies.findByActiveAccountId(accountId);
				if (inArea && active.isEmpty()) {
					verify(accountId, ResidencyMethod.CLAIM, null, null, null);
				}
				else if (!inArea && active.isPresent() && active.get().getMethod() == ResidencyMethod.CLAIM) {
					revoke(active.get(), null, CLAIM_ENDED);
				}
			});
		}
		catch (RuntimeException ex) {
			// a concurrent sign-in of the same person verified them already
			log.info("Residency claim of account {} not applied: {}", accountId, ex.toString());
		}
	}

	/** The claim's value, following a dotted path into nested objects. */
	static Optional<String> claimValue(Map<String, Object> claims, String path) {
		Object value = claims;
		for (String part : path.split("\\.")) {
			if (!(value instanceof Map<?, ?> map)) {
				return Optional.empty();
			}
			value = map.get(part);
		}
		if (value instanceof Collection<?> values) {
			value = values.stream().findFirst().orElse(null);
		}
		if (value == null || value instanceof Map<?, ?> || String.valueOf(value).isBlank()) {
			return Optional.empty();
		}
		return Optional.of(String.valueOf(value));
	}

	private ResidencyStatus status(Residency residency) {
		String address = residency.getAddressId() == null ? null
				: addresses.findById(residency.getAddressId()).map(found -> found.line().oneLine()).orElse(null);
		return new ResidencyStatus(residency.isActive(), residency.getId(), residency.getMethod(),
				residency.getVerifiedAt(), address, residency.getRevokedAt(), residency.getRevokeReason());
	}

}
