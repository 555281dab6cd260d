/**
 * Ideas residents propose for their neighbourhood: drafting and submitting them, browsing
 * and searching the published ones, and supporting them.
 */
@ApplicationModule(displayName = "Ideas")
package nl.wijkstem.idea;

import org.springframework.modulith.ApplicationModule;
