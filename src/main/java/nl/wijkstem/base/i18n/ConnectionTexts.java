package nl.wijkstem.base.i18n;

import com.vaadin.flow.component.UI;

/**
 * The words of Vaadin's connection indicator, which otherwise says "Connection lost" in
 * English. Set per page in its language, and again when the person switches language.
 */
public final class ConnectionTexts {

	private ConnectionTexts() {
	}

	public static void apply(UI ui) {
		var dialog = ui.getReconnectDialogConfiguration();
		dialog.setDialogText(ui.getTranslation("system.connection.reconnecting"));
		dialog.setDialogTextGaveUp(ui.getTranslation("system.connection.gaveUp"));
	}

}
