package nl.wijkstem.programme;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The base map under every area map. The default is the Dutch national base map (PDOK BRT
 * Achtergrondkaart); OpenStreetMap works too:
 * {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png} with attribution "©
 * OpenStreetMap contributors". The attribution names the source only: the page puts
 * "Kaartgegevens" or "Map data" before it in its own language.
 */
@ConfigurationProperties("wijkstem.map")
public record MapProperties(
		@DefaultValue("https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png") String tileUrl,
		@DefaultValue("© Kadaster") String attribution) {
}
