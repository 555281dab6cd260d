package nl.wijkstem.consultation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Divides the area's bounding box into square cells for the map results, and names them
 * as a printed map grid does: columns A, B, C… from west to east, rows 1, 2, 3… from
 * north to south.
 */
final class AreaGrid {

	/**
	 * About a block of houses: small enough to show where in the neighbourhood people
	 * point, large enough that five residents in one cell do not single out a doorstep.
	 */
	static final int CELL_METRES = 100;

	/**
	 * A large area gets larger cells, so a map never has thousands of cells nobody can
	 * read.
	 */
	static final int MAX_CELLS_PER_SIDE = 40;

	private static final double METRES_PER_DEGREE_LATITUDE = 111_320;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AreaGrid() {
	}

	/** The grid over the bounding box of a GeoJSON Polygon or MultiPolygon. */
	static ConsultationResults.Grid of(String boundaryGeoJson) {
		double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		JsonNode geometry = JSON.readTree(boundaryGeoJson);
		if (geometry.has("geometry")) {
			geometry = geometry.get("geometry");
		}
		extend(box, geometry.path("coordinates"));
		if (box[0] > box[2]) {
			throw new IllegalArgumentException("The area boundary has no coordinates");
		}
		double west = box[0];
		double south = box[1];
		double east = box[2];
		double north = box[3];
		double metresPerDegreeLongitude = METRES_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians((north + south) / 2));
		double height = (north - south) * METRES_PER_DEGREE_LATITUDE;
		double width = (east - west) * metresPerDegreeLongitude;
		int metres = CELL_METRES;
		double longest = Math.max(height, width);
		if (longest > MAX_CELLS_PER_SIDE * CELL_METRES) {
			metres = (int) Math.ceil(longest / MAX_CELLS_PER_SIDE / 50) * 50;
		}
		double cellLatitude = metres / METRES_PER_DEGREE_LATITUDE;
		double cellLongitude = metres / metresPerDegreeLongitude;
		// + 1: a pin on the southern or eastern edge still falls in a cell
		int rows = (int) Math.floor((north - south) / cellLatitude) + 1;
		int columns = (int) Math.floor((east - west) / cellLongitude) + 1;
		return new ConsultationResults.Grid(metres, north, west, cellLatitude, cellLongitude, rows, columns);
	}

	/** Walks nested coordinate arrays down to [longitude, latitude] pairs. */
	private static void extend(double[] box, JsonNode coordinates) {
		if (coordinates.isArray() && coordinates.size() >= 2 && coordinates.get(0).isNumber()) {
			double longitude = coordinates.get(0).asDouble();
			double latitude = coordinates.get(1).asDouble();
			box[0] = Math.min(box[0], longitude);
			box[1] = Math.min(box[1], latitude);
			box[2] = Math.max(box[2], longitude);
			box[3] = Math.max(box[3], latitude);
			return;
		}
		for (JsonNode part : coordinates) {
			extend(box, part);
		}
	}

	/** "C4": the column's letters and the row's number. */
	static String name(int row, int column) {
		return columnLetters(column) + (row + 1);
	}

	/** A, B, … Z, AA, AB, … as spreadsheets count columns. */
	static String columnLetters(int column) {
		if (column < 0) {
			return "-";
		}
		StringBuilder letters = new StringBuilder();
		int rest = column;
		do {
			letters.insert(0, (char) ('A' + rest % 26));
			rest = rest / 26 - 1;
		}
		while (rest >= 0);
		return letters.toString();
	}

	/** Where in the bounding box a cell lies, by thirds: N, NE, …, or CENTRE. */
	static String direction(ConsultationResults.Grid grid, int row, int column) {
		String northSouth = third(row, grid.rows(), "N", "S");
		String westEast = third(column, grid.columns(), "W", "E");
		String direction = northSouth + westEast;
		return direction.isEmpty() ? "CENTRE" : direction;
	}

	private static String third(int index, int count, String low, String high) {
		double share = (index + 0.5) / count;
		if (share < 1.0 / 3) {
			return low;
		}
		return share > 2.0 / 3 ? high : "";
	}

	static double south(ConsultationResults.Grid grid, int row) {
		return grid.north() - (row + 1) * grid.cellLatitude();
	}

	static double west(ConsultationResults.Grid grid, int column) {
		return grid.west() + column * grid.cellLongitude();
	}

}
