package nl.wijkstem.consultation;

/** What a consultation's outcome can link to: what came of it. */
public enum OutcomeLinkKind {

	/** An idea. */
	IDEA,

	/** A group of ideas the programme bureau made under a goal. */
	GROUP,

	/** A voting round. */
	ROUND

}
