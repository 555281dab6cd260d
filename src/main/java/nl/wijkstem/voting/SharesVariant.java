package nl.wijkstem.voting;

/**
 * Which Method of Equal Shares decides a budget round; chosen per round and frozen with
 * the other rules when voting opens.
 */
public enum SharesVariant {

	/**
	 * As Dutch and Polish cities run it (equalshares.net, Pabulib's
	 * {@code equalshares/add1}): a voter values an idea by its cost, and the "Add1"
	 * completion raises every voter's share by one euro as long as the outcome still fits
	 * the budget, then tops up by votes.
	 */
	COST_ADD1,

	/**
	 * Equal Shares by number of supporters: a voter values every idea they chose the same
	 * (approval utilities); the money left is spent by votes.
	 */
	BY_SUPPORTERS

}
