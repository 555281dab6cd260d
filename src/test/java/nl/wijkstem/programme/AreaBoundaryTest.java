package nl.wijkstem.programme;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AreaBoundaryTest {

	private static final String SQUARE = """
			{"type": "Polygon", "coordinates": [[[4.30, 51.90], [4.33, 51.90], [4.33, 51.92], [4.30, 51.92], [4.30, 51.90]]]}""";

	@Test
	void pointInside_isContained() {
		assertThat(AreaBoundary.parse(SQUARE).contains(51.91, 4.31)).isTrue();
	}

	@Test
	void pointOutside_isNot() {
		assertThat(AreaBoundary.parse(SQUARE).contains(51.93, 4.31)).isFalse();
		assertThat(AreaBoundary.parse(SQUARE).contains(51.91, 4.35)).isFalse();
	}

	@Test
	void multiPolygon_containsPointsOfEveryPart() {
		String two = """
				{"type": "MultiPolygon", "coordinates": [
				  [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]],
				  [[[5, 5], [6, 5], [6, 6], [5, 6], [5, 5]]]]}""";

		assertThat(AreaBoundary.parse(two).contains(5.5, 5.5)).isTrue();
		assertThat(AreaBoundary.parse(two).contains(3, 3)).isFalse();
	}

	@Test
	void otherGeometry_isRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AreaBoundary.parse("{\"type\": \"Point\", \"coordinates\": [4.3, 51.9]}"));
	}

}
