package nl.wijkstem.programme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import nl.wijkstem.base.HouseStyle;

import org.springframework.core.io.Resource;

/** Reads the house style's settings: the logo's bytes and type, checked once at start. */
final class ProgrammeHouseStyle {

	/** A header logo is small; a larger file is a mistake, not a logo. */
	static final int MAX_LOGO_BYTES = 512 * 1024;

	private ProgrammeHouseStyle() {
	}

	static HouseStyle read(ProgrammeProperties.HouseStyleSettings settings) {
		Resource logo = settings.logo();
		if (logo == null) {
			return new HouseStyle(settings.colour(), null, null);
		}
		String name = logo.getFilename() == null ? "" : logo.getFilename().toLowerCase(Locale.ROOT);
		String type = name.endsWith(".svg") ? "image/svg+xml" : name.endsWith(".png") ? "image/png"
				: name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg" : null;
		if (type == null) {
			throw new IllegalStateException(
					"wijkstem.programme.house-style.logo must be a PNG, JPEG or SVG file, not " + logo);
		}
		try {
			byte[] bytes = logo.getContentAsByteArray();
			if (bytes.length > MAX_LOGO_BYTES) {
				throw new IllegalStateException("wijkstem.programme.house-style.logo " + logo + " is larger than "
						+ MAX_LOGO_BYTES / 1024 + " kB");
			}
			return new HouseStyle(settings.colour(), bytes, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the programme's logo " + logo, ex);
		}
	}

}
