package nl.wijkstem.account;

/**
 * An address as an administrator typed it, checked by the same rules as an imported line.
 */
public record AddressInput(String street, String houseNumber, String addition, String postcode, String place) {
}
