/**
 * Internal: photo bytes as residents upload them made safe and small (decoded, stripped
 * of metadata, re-encoded) and served under {@code /photos/}.
 */
package nl.wijkstem.idea.photo;
