package nl.wijkstem.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class HouseStyleTest {

	@Test
	void contrastWithWhite_isWcagsRatio() {
		assertThat(HouseStyle.contrastWithWhite("#000000")).isCloseTo(21.0, within(0.01));
		assertThat(HouseStyle.contrastWithWhite("#ffffff")).isCloseTo(1.0, within(0.01));
		// Westwijk's blue
		assertThat(HouseStyle.contrastWithWhite("#00558c")).isCloseTo(7.84, within(0.01));
	}

	@Test
	void aDarkColour_isTaken_inLowerCase_withItsChannels() {
		HouseStyle style = new HouseStyle(" #00558C ", null, null);

		assertThat(style.colour()).isEqualTo("#00558c");
		assertThat(style.rgb()).isEqualTo("0, 85, 140");
		assertThat(style.hasLogo()).isFalse();
	}

	@Test
	void noColour_isWestwijksBlue() {
		assertThat(new HouseStyle(null, null, null).colour()).isEqualTo(HouseStyle.DEFAULT_COLOUR);
	}

	@ParameterizedTest
	@ValueSource(strings = { "#ffbf47", "#3399ff", "#777777" })
	void aColourTooLightForWhiteText_isRefused_withTheRatio(String colour) {
		assertThatIllegalArgumentException().isThrownBy(() -> new HouseStyle(colour, null, null))
			.withMessageContaining(colour)
			.withMessageContaining(":1")
			.withMessageContaining("4.5:1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "blue", "#05c", "#00558c;}body{display:none", "rgb(0,85,140)" })
	void anythingButSixHexDigits_isRefused(String colour) {
		assertThatIllegalArgumentException().isThrownBy(() -> new HouseStyle(colour, null, null))
			.withMessageContaining("#rrggbb");
	}

}
