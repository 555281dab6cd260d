/**
 * The programme bureau's own desk, never shown to residents: who works on which item
 * (claims and assignments) and the bureau's internal notes on items.
 */
package nl.wijkstem.moderation.bureau;
