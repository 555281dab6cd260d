package nl.wijkstem.programme;

/**
 * What a map of the area needs: its outline and the base map.
 */
public record MapSettings(String boundaryGeoJson, String tileUrl, String attribution) {
}
