package nl.wijkstem.idea;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param searchIndex where the full-text index lives; rebuilt from the database at start
 * @param similarRadiusMetres how near another idea must be to count as "nearby"
 * @param similarMinimumScore how similar (0 to 1, {@link IdeaSearchIndex#similar}) an
 * idea's words must be to show it as a hint; calibrated on the evaluation set
 * (docs/benchmarks.md, "Similar-idea hints")
 * @param photoDirectory where photo files are kept, outside the web root
 * @param reportThreshold how many different residents must report an idea or comment
 * before it is hidden until a moderator looks at it
 * @param openDraftsPerResident how many drafts one resident may keep at a time; nobody
 * checks drafts, so without a cap they (and their photos) could fill the disk
 * @param unsentPhotosPerResident how many photos one resident may have on ideas that are
 * not sent in (drafts, and ideas a moderator asked to change)
 * @param prepareInBackground whether the filing suggestion learns, and an existing search
 * index is rebuilt, after the application reports ready instead of before (the start is
 * seconds shorter; meanwhile the moderator reads "suggestions are being prepared" and the
 * previous run's index answers searches); {@code false} makes the start wait for both
 */
@ConfigurationProperties("wijkstem.ideas")
record IdeaProperties(@DefaultValue("./data/search-index") Path searchIndex,
		@DefaultValue("250") int similarRadiusMetres, @DefaultValue("0.25") double similarMinimumScore,
		@DefaultValue("./data/photos") Path photoDirectory, @DefaultValue("3") int reportThreshold,
		@DefaultValue("10") int openDraftsPerResident, @DefaultValue("10") int unsentPhotosPerResident,
		@DefaultValue("true") boolean prepareInBackground) {
}
