package nl.wijkstem.account;

import java.util.Locale;

/**
 * Someone signed in and their identity provider shared an e-mail address. Published in
 * the transaction that records the sign-in; the notification module takes a verified
 * address as a confirmed one.
 *
 * @param email the address as the provider gave it
 * @param emailVerified whether the provider says it verified the address
 * ({@code email_verified}); an unverified one must be confirmed through a link first
 * @param language the language the person signed in with, for mail to them
 */
public record AccountSignedIn(Long accountId, String email, boolean emailVerified, Locale language) {
}
