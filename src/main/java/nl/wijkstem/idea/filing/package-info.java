/**
 * Internal: the filing suggestion's model, learned from the moderators' filings (naive
 * Bayes over the analysed words of title and description).
 */
package nl.wijkstem.idea.filing;
