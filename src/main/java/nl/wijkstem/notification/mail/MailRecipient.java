package nl.wijkstem.notification.mail;

/**
 * Where a mail goes, as the address stands when it is written (not when it was queued): a
 * changed address or language is honoured.
 *
 * @param addressId the {@code email_address} row, which an unsubscribe link is bound to
 * @param language {@code nl} or {@code en}
 */
record MailRecipient(Long accountId, Long addressId, String address, String language) {
}
