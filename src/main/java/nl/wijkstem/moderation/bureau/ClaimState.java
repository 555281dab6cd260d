package nl.wijkstem.moderation.bureau;

import java.time.Instant;

/**
 * Who works on an item now, as the bureau sees it.
 *
 * @param holderName the holder's name (user text); empty when unknown
 * @param assignedByName who gave it to them; empty when they took it themselves
 * @param since when they took it or got it
 * @param until when the claim ends unless they keep working on it
 * @param mine whether the signed-in moderator holds it
 */
public record ClaimState(Long ideaId, Long holderId, String holderName, String assignedByName, Instant since,
		Instant until, boolean mine) {
}
