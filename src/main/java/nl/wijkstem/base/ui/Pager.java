package nl.wijkstem.base.ui;

import java.util.function.IntConsumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;

/**
 * Previous / page x of y / next, for lists that load one page at a time. Hidden when
 * everything fits on one page.
 */
public class Pager extends Composite<Nav> {

	private final int pageSize;

	private final IntConsumer onPage;

	private int page;

	/**
	 * @param onPage called with the (zero-based) page to show
	 */
	public Pager(int pageSize, IntConsumer onPage) {
		this.pageSize = pageSize;
		this.onPage = onPage;
		getContent().addClassName("pager");
		getContent().getElement().setAttribute("aria-label", getTranslation("pager.pages"));
	}

	public int page() {
		return page;
	}

	/**
	 * Goes to a (zero-based) page without telling the list, for a list that restores
	 * where it stood, such as from its address.
	 */
	public void setPage(int page) {
		this.page = Math.max(0, page);
	}

	/** Back to the first page, for a new search or filter. */
	public void reset() {
		page = 0;
	}

	/** Shows where the list stands, given how many items match in all. */
	public void update(long total) {
		Nav nav = getContent();
		nav.removeAll();
		long pages = Math.max(1, (total + pageSize - 1) / pageSize);
		if (pages == 1) {
			return;
		}
		Button previous = new Button(getTranslation("pager.previous"), click -> go(page - 1));
		previous.setEnabled(page > 0);
		Button next = new Button(getTranslation("pager.next"), click -> go(page + 1));
		next.setEnabled(page + 1 < pages);
		nav.add(previous, new Span(getTranslation("pager.page", page + 1, pages)), next);
	}

	private void go(int target) {
		page = target;
		onPage.accept(page);
	}

}
