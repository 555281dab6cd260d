package nl.wijkstem.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.wijkstem.base.Branding;
import org.jsoup.nodes.Element;

import org.springframework.stereotype.Component;

/**
 * The programme's bar with its logo or name in the page itself, painted as soon as the
 * stylesheets are in: on a slow phone the view needs the whole bundle and a round trip to
 * the server first (three to four seconds on slow 4G), and until then the screen was
 * white. The bar lies over the top of the page, outside the flow, and goes the moment the
 * view is there (wijkstem.css), so nothing moves when the real header takes its place.
 * Hidden from assistive technology: the real header names the programme.
 */
@Component
class ShellHeader implements VaadinServiceInitListener {

	private final Branding branding;

	ShellHeader(Branding branding) {
		this.branding = branding;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.addIndexHtmlRequestListener(page -> {
			Element body = page.getDocument().body();
			Element bar = body.prependElement("div").addClass("shell-header").attr("aria-hidden", "true");
			Element row = bar.appendElement("div").addClass("app-bar");
			if (branding.houseStyle().hasLogo()) {
				// the same file the real header shows, so it is fetched once
				row.appendElement("img").addClass("app-brand__logo").attr("src", "programme-logo").attr("alt", "");
			}
			else {
				row.appendElement("span").addClass("app-brand").text(branding.programmeName());
			}
		});
	}

}
