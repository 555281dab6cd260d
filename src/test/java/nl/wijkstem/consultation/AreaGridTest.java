package nl.wijkstem.consultation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AreaGridTest {

	/** About 1.8 by 1.8 km, like Westwijk. */
	private static final String SQUARE = """
			{"type": "Polygon", "coordinates": [[[4.30, 51.905], [4.3265, 51.905], [4.3265, 51.9214],
			[4.30, 51.9214], [4.30, 51.905]]]}""";

	@Test
	void aNeighbourhood_getsCellsOfAHundredMetres_coveringItsBoundingBox() {
		ConsultationResults.Grid grid = AreaGrid.of(SQUARE);

		assertThat(grid.cellMetres()).isEqualTo(100);
		assertThat(grid.north()).isEqualTo(51.9214);
		assertThat(grid.west()).isEqualTo(4.30);
		assertThat(grid.rows()).isEqualTo(19);
		assertThat(grid.columns()).isEqualTo(19);
		// square on the ground: a degree of longitude is shorter than one of latitude
		// here
		assertThat(grid.cellLongitude() * Math.cos(Math.toRadians(51.913))).isCloseTo(grid.cellLatitude(),
				within(1e-7));
		assertThat(AreaGrid.south(grid, grid.rows() - 1)).isLessThanOrEqualTo(51.905);
	}

	@Test
	void aLargeArea_getsLargerCells() {
		ConsultationResults.Grid grid = AreaGrid
			.of("""
					{"type": "MultiPolygon", "coordinates": [[[[4.2, 51.85], [4.4, 51.85], [4.4, 51.95], [4.2, 51.85]]]]}""");

		assertThat(grid.cellMetres()).isEqualTo(350);
		assertThat(grid.columns()).isLessThanOrEqualTo(AreaGrid.MAX_CELLS_PER_SIDE + 1);
	}

	@Test
	void cells_areNamedLikeAMapGrid_andPlacedInTheArea() {
		ConsultationResults.Grid grid = AreaGrid.of(SQUARE);

		assertThat(AreaGrid.name(0, 0)).isEqualTo("A1");
		assertThat(AreaGrid.name(3, 2)).isEqualTo("C4");
		assertThat(AreaGrid.name(0, 26)).isEqualTo("AA1");
		assertThat(AreaGrid.direction(grid, 0, 0)).isEqualTo("NW");
		assertThat(AreaGrid.direction(grid, 9, 9)).isEqualTo("CENTRE");
		assertThat(AreaGrid.direction(grid, 18, 9)).isEqualTo("S");
		assertThat(AreaGrid.direction(grid, 9, 18)).isEqualTo("E");
	}

}
