package nl.wijkstem.programme;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The area's outline as GeoJSON (a Polygon or MultiPolygon in longitude/latitude), and
 * the test whether a point lies inside it.
 */
final class AreaBoundary {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Outer rings only: neighbourhood outlines have no holes worth modelling. */
	private final List<double[][]> rings;

	private AreaBoundary(List<double[][]> rings) {
		this.rings = rings;
	}

	static AreaBoundary parse(String geoJson) {
		JsonNode geometry = JSON.readTree(geoJson);
		if (geometry.has("geometry")) {
			geometry = geometry.get("geometry");
		}
		String type = geometry.path("type").asString();
		JsonNode coordinates = geometry.path("coordinates");
		List<double[][]> rings = new ArrayList<>();
		if ("Polygon".equals(type)) {
			rings.add(ring(coordinates.get(0)));
		}
		else if ("MultiPolygon".equals(type)) {
			for (JsonNode polygon : coordinates) {
				rings.add(ring(polygon.get(0)));
			}
		}
		else {
			throw new IllegalArgumentException("The area boundary must be a GeoJSON Polygon or MultiPolygon");
		}
		return new AreaBoundary(rings);
	}

	private static double[][] ring(JsonNode points) {
		double[][] ring = new double[points.size()][];
		for (int i = 0; i < points.size(); i++) {
			ring[i] = new double[] { points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble() };
		}
		return ring;
	}

	boolean contains(double latitude, double longitude) {
		return rings.stream().anyMatch(ring -> contains(ring, longitude, latitude));
	}

	/** Ray casting: count how often a ray to the east crosses the ring's edges. */
	private static boolean contains(double[][] ring, double x, double y) {
		boolean inside = false;
		for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			double xi = ring[i][0];
			double yi = ring[i][1];
			double xj = ring[j][0];
			double yj = ring[j][1];
			if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
				inside = !inside;
			}
		}
		return inside;
	}

}
