package nl.wijkstem.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.account.AddressPage;
import nl.wijkstem.account.AddressRow;
import nl.wijkstem.account.AddressService;
import nl.wijkstem.base.DisplayFormats;

/**
 * The area's addresses for administrators, a page at a time: find one, see what hangs on
 * it (verified residents, a code that still works), correct it or remove it.
 */
class AddressList extends Composite<Section> {

	private final AddressService addresses;

	/** Called after an address changed, so the page's totals follow. */
	private final Runnable changed;

	private final TextField query = new TextField();

	private final Paragraph status = new Paragraph();

	private final UnorderedList list = new UnorderedList();

	private final Button previous = new Button();

	private final Button next = new Button();

	/** The search the page shows: the text as it was when searched. */
	private String searched = "";

	private int page;

	AddressList(AddressService addresses, Runnable changed) {
		this.addresses = addresses;
		this.changed = changed;
		query.setLabel(getTranslation("addresses.list.search"));
		query.setHelperText(getTranslation("addresses.list.search.help"));
		query.setMaxLength(100);
		query.setClearButtonVisible(true);
		query.addKeyDownListener(Key.ENTER, pressed -> search());
		Button search = new Button(getTranslation("addresses.list.search.button"), click -> search());
		Div form = new Div(query, search);
		form.addClassName("addresses-search");
		status.getElement().setAttribute("role", "status");
		status.addClassName("addresses-list-status");
		list.addClassName("card-list");
		list.addClassName("addresses-list");
		previous.setText(getTranslation("addresses.list.previous", AddressService.PAGE_SIZE));
		previous.addClickListener(click -> show(page - 1));
		next.setText(getTranslation("addresses.list.next", AddressService.PAGE_SIZE));
		next.addClickListener(click -> show(page + 1));
		Div pager = new Div(previous, next);
		pager.addClassName("addresses-pager");
		Section section = getContent();
		section.addClassName("addresses-section");
		section.add(new H2(getTranslation("addresses.list.title")),
				new Paragraph(getTranslation("addresses.list.text")), form, status, list, pager);
		show(0);
	}

	/** Shows the current page again, e.g. after an import. */
	void refresh() {
		show(page);
	}

	private void search() {
		searched = query.getValue();
		show(0);
	}

	private void show(int wanted) {
		AddressPage found = addresses.findAddresses(searched, wanted);
		if (found.rows().isEmpty() && found.total() > 0) {
			// the last page emptied, e.g. after removing its only address
			found = addresses.findAddresses(searched, (int) ((found.total() - 1) / found.pageSize()));
		}
		page = found.page();
		list.removeAll();
		found.rows().forEach(row -> list.add(card(row)));
		if (found.total() == 0) {
			status.setText(getTranslation(searched.isBlank() ? "addresses.list.empty" : "addresses.list.none"));
		}
		else {
			status.setText(getTranslation("addresses.list.count", found.first(), found.last(), found.total()));
		}
		previous.setEnabled(found.hasPrevious());
		next.setEnabled(found.hasNext());
		previous.setVisible(found.hasPrevious() || found.hasNext());
		next.setVisible(found.hasPrevious() || found.hasNext());
	}

	private ListItem card(AddressRow row) {
		String address = shown(row);
		Span line = new Span(address);
		line.addClassName("user-text");
		line.addClassName("address__line");
		ListItem item = new ListItem(line);
		if (row.verifiedResidents() > 0) {
			item.add(new Paragraph(getTranslation("addresses.list.verified", row.verifiedResidents())));
		}
		if (row.workingBatch() != null) {
			item.add(new Paragraph(getTranslation("addresses.list.workingCode", row.workingBatch())));
		}
		if (!row.inUse()) {
			item.add(new Paragraph(getTranslation("addresses.list.unused")));
		}
		if (row.correctedAt() != null) {
			item.add(new Paragraph(getTranslation("addresses.list.corrected",
					DisplayFormats.dateTime(row.correctedAt(), getLocale()))));
		}
		Button correct = new Button(getTranslation("addresses.list.correct"),
				click -> new AddressCorrectDialog(addresses, row, this::afterChange).open());
		correct.setAriaLabel(getTranslation("addresses.list.correct.label", address));
		Button remove = new Button(getTranslation("addresses.list.remove"),
				click -> new AddressRemoveDialog(addresses, row, address, this::afterChange).open());
		remove.setAriaLabel(getTranslation("addresses.list.remove.label", address));
		remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
		Div actions = new Div(correct, remove);
		actions.addClassName("address__actions");
		item.add(actions);
		item.addClassName("card");
		item.addClassName("address");
		return item;
	}

	private void afterChange() {
		refresh();
		changed.run();
	}

	/** The address on one line, with its place when the list gave one. */
	String shown(AddressRow row) {
		return row.place() == null ? row.text() : getTranslation("addresses.list.withPlace", row.text(), row.place());
	}

}
