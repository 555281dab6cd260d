package nl.wijkstem.base;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The programme's own look, from its programme file: its colour and its logo, so a
 * municipality recognises its house style. The colour carries white text (the header,
 * buttons, links on white), so it must reach a contrast of 4.5:1 with white (WCAG 1.4.3);
 * a colour that does not is refused when Wijkstem starts, not found out by a resident.
 *
 * @param colour the programme's colour, {@code #rrggbb}
 * @param logo the logo for the page header (PNG, JPEG or SVG), or {@code null} for the
 * programme's name in text
 * @param logoType the logo's media type, or {@code null} without a logo
 */
public record HouseStyle(String colour, byte[] logo, String logoType) {

	public static final String DEFAULT_COLOUR = "#00558c";

	private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

	public HouseStyle {
		colour = colour == null || colour.isBlank() ? DEFAULT_COLOUR : colour.strip().toLowerCase(Locale.ROOT);
		if (!HEX.matcher(colour).matches()) {
			throw new IllegalArgumentException(
					"The programme's colour must be written #rrggbb (six hexadecimal digits), not " + colour);
		}
		double contrast = contrastWithWhite(colour);
		if (contrast < 4.5) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"The programme's colour %s has a contrast of %.2f:1 with white; white text on it needs 4.5:1 "
							+ "(WCAG 1.4.3). Choose a darker shade.",
					colour, contrast));
		}
	}

	public boolean hasLogo() {
		return logo != null && logo.length > 0;
	}

	/** The colour as {@code r, g, b}, for the translucent shades of it. */
	public String rgb() {
		return channel(0) + ", " + channel(1) + ", " + channel(2);
	}

	private int channel(int index) {
		return Integer.parseInt(colour.substring(1 + 2 * index, 3 + 2 * index), 16);
	}

	/** The contrast ratio of white on this colour, as WCAG 2.1 defines it. */
	static double contrastWithWhite(String hex) {
		double luminance = 0;
		double[] weights = { 0.2126, 0.7152, 0.0722 };
		for (int i = 0; i < 3; i++) {
			double value = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
			double linear = value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
			luminance += weights[i] * linear;
		}
		return 1.05 / (luminance + 0.05);
	}

}
