package nl.wijkstem.idea.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeIllustrationTest {

	@ParameterizedTest
	@CsvSource({ "child, theme-child.svg", "parents, theme-parents.svg",
			"learning-and-work, theme-learning-and-work.svg", "liveability, theme-liveability.svg",
			"safety, theme-safety.svg", "'', theme-none.svg", "a-theme-of-another-town, theme-none.svg" })
	void eachTheme_hasItsDrawing_andAnyOtherTheHouses_asDecoration(String themeCode, String file) {
		var image = ThemeIllustration.of(themeCode);

		assertThat(image.getSrc()).isEqualTo("wijkstem/illustrations/" + file);
		assertThat(image.getAlt()).hasValue("");
		assertThat(Files.exists(Path.of("frontend/wijkstem/illustrations", file))).as(file).isTrue();
	}

}
