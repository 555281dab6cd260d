package nl.wijkstem.base;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web app manifest, so a resident can put Wijkstem on a phone's home screen under the
 * programme's own name and icon. Served from the programme's configuration rather than a
 * static file, so another area gets its own name without a rebuild. No service worker:
 * Wijkstem is not meant to work offline.
 */
@RestController
public class WebAppManifest {

	static final String PATH = "/manifest.webmanifest";

	private static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

	private final Branding branding;

	WebAppManifest(Branding branding) {
		this.branding = branding;
	}

	@GetMapping(PATH)
	public ResponseEntity<Map<String, Object>> manifest() {
		String name = branding.programmeName();
		return ResponseEntity.ok()
			.contentType(MANIFEST)
			.body(Map.of("name", name + " – Wijkstem", "short_name", name, "lang", "nl", "start_url", "/", "scope", "/",
					"display", "standalone", "background_color", "#ffffff", "theme_color",
					branding.houseStyle().colour(), "icons",
					List.of(icon("wijkstem/icons/icon.svg", "image/svg+xml", "any"),
							icon("wijkstem/icons/icon-192.png", "image/png", "192x192"),
							icon("wijkstem/icons/icon-512.png", "image/png", "512x512"))));
	}

	private static Map<String, String> icon(String src, String type, String sizes) {
		return Map.of("src", "/" + src, "type", type, "sizes", sizes);
	}

}
