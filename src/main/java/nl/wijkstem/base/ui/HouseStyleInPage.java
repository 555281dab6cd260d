package nl.wijkstem.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.wijkstem.base.Branding;
import nl.wijkstem.base.HouseStyle;
import org.jsoup.nodes.Element;

import org.springframework.stereotype.Component;

/**
 * Puts the programme's colour into every page, before the first paint: the header,
 * buttons, links and focus of Lumo all follow it, and phones colour their bar with it.
 */
@Component
class HouseStyleInPage implements VaadinServiceInitListener {

	private final Branding branding;

	HouseStyleInPage(Branding branding) {
		this.branding = branding;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.addIndexHtmlRequestListener(page -> {
			HouseStyle style = branding.houseStyle();
			Element head = page.getDocument().head();
			// the colour is checked to be #rrggbb when Wijkstem starts: nothing else can
			// get here
			head.appendElement("style")
				.attr("id", "wijkstem-house-style")
				.appendText("html:root{--wijkstem-brand:" + style.colour() + ";--lumo-primary-color-50pct:rgba("
						+ style.rgb() + ",0.5);--lumo-primary-color-10pct:rgba(" + style.rgb() + ",0.1)}");
			head.appendElement("meta").attr("name", "theme-color").attr("content", style.colour());
		});
	}

}
