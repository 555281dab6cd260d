package nl.wijkstem.account;

import java.util.List;

/**
 * One page of the area's addresses that match a search, in postal order.
 *
 * @param page the page number, from 0
 * @param total how many addresses match
 */
public record AddressPage(List<AddressRow> rows, int page, int pageSize, long total) {

	public AddressPage {
		rows = List.copyOf(rows);
	}

	/** The position of the first row on this page, from 1; 0 when there is none. */
	public long first() {
		return rows.isEmpty() ? 0 : (long) page * pageSize + 1;
	}

	public long last() {
		return (long) page * pageSize + rows.size();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return last() < total;
	}

}
