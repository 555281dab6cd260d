package nl.wijkstem.base;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programme's logo for the page header, from its programme file: another area gets
 * its own logo without a rebuild.
 */
@RestController
class ProgrammeLogo {

	static final String PATH = "/programme-logo";

	private final Branding branding;

	ProgrammeLogo(Branding branding) {
		this.branding = branding;
	}

	@GetMapping(PATH)
	ResponseEntity<byte[]> logo() {
		HouseStyle style = branding.houseStyle();
		if (!style.hasLogo()) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(style.logoType()))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			// an SVG opened on its own must not run anything it carries
			.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
			.body(style.logo());
	}

}
