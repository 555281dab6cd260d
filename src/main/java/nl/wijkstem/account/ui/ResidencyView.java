package nl.wijkstem.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.ui.RejectionMessages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.account.ResidencyService;
import nl.wijkstem.account.ResidencyStatus;
import nl.wijkstem.base.Branding;
import nl.wijkstem.base.security.Roles;

/**
 * Where a resident sees whether they count as a resident of the area (and so may vote),
 * and if not, how to become one: the code from their letter, or a visit to the programme
 * bureau. The letters print this page's address.
 */
@Route(ResidencyView.PATH)
@RolesAllowed(Roles.RESIDENT)
public class ResidencyView extends Composite<Div> implements HasDynamicTitle {

	public static final String PATH = "verify";

	private final ResidencyService residency;

	private final String areaName;

	private final Section status = new Section();

	private final Div ways = new Div();

	ResidencyView(ResidencyService residency, Branding branding) {
		this.residency = residency;
		this.areaName = branding.areaName();
		Div content = getContent();
		content.addClassName("residency-view");
		content.add(new H1(getTranslation("residency.title")),
				new Paragraph(getTranslation("residency.intro", areaName)), status, ways);
		show(residency.myStatus());
	}

	private void show(ResidencyStatus current) {
		status.removeAll();
		status.addClassName("residency-status");
		Paragraph headline = new Paragraph(ResidencyTexts.headline(this, current, areaName));
		headline.addClassName(current.verified() ? "residency-status__verified" : "residency-status__not-verified");
		status.add(new H2(getTranslation("residency.status.title")), headline);
		String detail = ResidencyTexts.detail(this, current);
		if (!detail.isEmpty()) {
			Paragraph paragraph = new Paragraph(detail);
			paragraph.addClassName("user-text");
			status.add(paragraph);
		}
		ways.removeAll();
		if (!current.verified()) {
			status.add(new Paragraph(getTranslation("residency.whyNot")));
			ways.add(new H2(getTranslation("residency.ways.title", areaName)), codeForm(), inPerson());
		}
	}

	private Section codeForm() {
		TextField code = new TextField(getTranslation("residency.code"));
		code.setHelperText(getTranslation("residency.code.help"));
		code.setMaxLength(40);
		code.setAutocomplete(Autocomplete.OFF);
		code.addClassName("residency-code-field");
		Button redeem = new Button(getTranslation("residency.code.redeem"), click -> {
			try {
				ResidencyStatus verified = residency.redeem(code.getValue());
				Notification.show(getTranslation("residency.code.done"), 5000, Notification.Position.MIDDLE);
				show(verified);
			}
			catch (Rejection rejected) {
				code.setErrorMessage(RejectionMessages.text(this, rejected));
				code.setInvalid(true);
			}
		});
		redeem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Section section = new Section(new H3(getTranslation("residency.code.title")),
				new Paragraph(getTranslation("residency.code.text", areaName)), code, redeem);
		section.addClassName("residency-way");
		return section;
	}

	private Section inPerson() {
		Section section = new Section(new H3(getTranslation("residency.inPerson.title")),
				new Paragraph(getTranslation("residency.inPerson.text")));
		section.addClassName("residency-way");
		return section;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("page.title", getTranslation("residency.title"));
	}

}
