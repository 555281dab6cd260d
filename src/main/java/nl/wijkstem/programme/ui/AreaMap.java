package nl.wijkstem.programme.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import nl.wijkstem.programme.MapSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Leaflet map of the area with its outline: to place a pin, to show one, or to show
 * many ideas. Every map action has an alternative without the map (a text field, a list),
 * and the map itself works with the keyboard (arrow keys, plus and minus).
 */
@JavaScript("context://webjars/leaflet/dist/leaflet.js")
@StyleSheet("context://webjars/leaflet/dist/leaflet.css")
@JavaScript("context://wijkstem/map/wijkstem-map.js")
public class AreaMap extends Composite<Div> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<BiConsumer<Double, Double>> pinListeners = new ArrayList<>();

	public AreaMap(MapSettings settings, boolean editable, String label) {
		Div map = getContent();
		map.addClassName("area-map");
		map.getElement().setAttribute("role", "region");
		map.getElement().setAttribute("aria-label", label);
		// Leaflet names its zoom buttons "Zoom in" in every language: they get the page's
		// words
		map.getElement()
			.executeJs("window.wijkstemMap.init(this, $0, $1, $2, $3, $4, $5)", settings.boundaryGeoJson(),
					settings.tileUrl(), getTranslation("map.attribution", settings.attribution()), editable,
					getTranslation("map.zoomIn"), getTranslation("map.zoomOut"));
	}

	/** Shows the pin, or removes it when the coordinates are {@code null}. */
	public void showPin(Double latitude, Double longitude, String label) {
		getContent().getElement().executeJs("window.wijkstemMap.showPin(this, $0, $1, $2)", latitude, longitude, label);
	}

	/** Puts the pin where the map is centred: the keyboard way of placing it. */
	public void placePinAtCentre() {
		getContent().getElement().executeJs("window.wijkstemMap.placeAtCentre(this)");
	}

	public void showMarkers(List<Marker> markers) {
		getContent().getElement()
			.executeJs("window.wijkstemMap.showMarkers(this, JSON.parse($0))", JSON.writeValueAsString(markers));
	}

	public void addPinListener(BiConsumer<Double, Double> listener) {
		pinListeners.add(listener);
	}

	@ClientCallable
	private void pinPlaced(double latitude, double longitude) {
		pinListeners.forEach(listener -> listener.accept(latitude, longitude));
	}

	/**
	 * @param title user text, shown as text in the marker's popup
	 */
	public record Marker(double latitude, double longitude, String title, String href) {
	}

}
