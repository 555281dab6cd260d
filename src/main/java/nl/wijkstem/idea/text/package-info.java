/**
 * Internal: the Dutch text analysis shared by search and the filing suggestion.
 */
package nl.wijkstem.idea.text;
