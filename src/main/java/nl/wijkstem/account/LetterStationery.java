package nl.wijkstem.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The configured sender of the residents' letters with its logo, read once at start-up: a
 * logo that is configured but cannot be read stops the start rather than the first
 * mail-out.
 */
@Component
class LetterStationery {

	/** Larger logos make every mail-out heavy for nothing. */
	private static final int MAX_LOGO_BYTES = 1024 * 1024;

	private final LetterProperties properties;

	private final byte[] logo;

	LetterStationery(LetterProperties properties) {
		this.properties = properties;
		this.logo = read(properties.logo());
	}

	LetterProperties properties() {
		return properties;
	}

	/** The logo's bytes, or {@code null} when none is configured. */
	byte[] logo() {
		return logo == null ? null : logo.clone();
	}

	/** The reference printed on a letter: the prefix, the batch and the address. */
	String reference(Long batchId, Long addressId) {
		return properties.referencePrefix().strip() + "-" + batchId + "-" + addressId;
	}

	private static byte[] read(Resource resource) {
		if (resource == null) {
			return null;
		}
		try (InputStream in = resource.getInputStream()) {
			byte[] bytes = in.readNBytes(MAX_LOGO_BYTES + 1);
			if (bytes.length > MAX_LOGO_BYTES) {
				throw new IllegalStateException("wijkstem.letters.logo " + resource + " is larger than 1 MB");
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("wijkstem.letters.logo " + resource + " cannot be read", ex);
		}
	}

}
