package nl.wijkstem.account;

import java.util.List;

/**
 * Pseudonyms that tie a vote to what verified a resident rather than to their account, so
 * that deleting an account and coming back never gives a second vote. Keyed hashes: they
 * cannot be turned back into a subject or an address.
 *
 * @param person the same for every account of the same person at the identity provider
 * (behind a DigiD broker: the same citizen)
 * @param addressSlots one per account the resident's letter address may verify; a vote
 * takes one, so an address never votes more often than it may have verified accounts.
 * Empty when the verification came without an address (a claim, in person)
 */
public record VoterIdentity(String person, List<String> addressSlots) {

}
