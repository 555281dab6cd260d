package nl.wijkstem.account;

/**
 * A person deleted their account. Modules that keep anything linked to it remove or
 * anonymise that when they hear this.
 */
public record AccountDeleted(Long accountId) {
}
