/**
 * Internal: how idea texts are read, in Dutch and in English ({@code TextAnalysis}),
 * shared by search, the similar-idea hints and the filing suggestion; its word lists are
 * plain files under {@code src/main/resources/search}.
 */
package nl.wijkstem.idea.text;
