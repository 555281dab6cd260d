package nl.wijkstem.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;

/**
 * A live region that says so when the connection to the server is lost. Vaadin's own
 * indicator shows the same words, but a screen reader does not read them out.
 */
@JavaScript("context://wijkstem/session/wijkstem-session.js")
class ConnectionStatus extends Composite<Div> {

	ConnectionStatus() {
		Div region = getContent();
		region.addClassNames("connection-status", "sr-only");
		region.getElement().setAttribute("aria-live", "assertive");
		region.getElement().setAttribute("data-reconnecting", getTranslation("system.connection.reconnecting"));
		region.getElement().setAttribute("data-lost", getTranslation("system.connection.gaveUp"));
	}

	@Override
	protected void onAttach(AttachEvent attach) {
		getElement().executeJs("window.wijkstemSession.announceConnection()");
	}

}
