package nl.wijkstem.base;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where people reach this installation, for absolute links that leave the application (a
 * spreadsheet export). Inside the application links stay relative.
 *
 * @param publicUrl the public address, such as {@code https://wijkstem.vlaardingen.nl}
 * ({@code WIJKSTEM_PUBLIC_URL}; required in {@code prod}; a path is allowed when Wijkstem
 * runs under one)
 */
@ConfigurationProperties("wijkstem.site")
public record SiteAddress(@DefaultValue("http://localhost:8080") String publicUrl) {

	public SiteAddress {
		String address = publicUrl == null ? "" : publicUrl.strip();
		if (!isWebAddress(address)) {
			throw new IllegalStateException("wijkstem.site.public-url (WIJKSTEM_PUBLIC_URL) must be the public "
					+ "http(s) address of Wijkstem, e.g. https://wijkstem.example.nl, not '" + publicUrl + "'");
		}
		publicUrl = address.replaceAll("/+$", "");
	}

	/**
	 * The absolute address of one of the application's pages, such as {@code ideas/12}.
	 */
	public String link(String path) {
		return publicUrl + "/" + path.replaceFirst("^/+", "");
	}

	private static boolean isWebAddress(String address) {
		try {
			URI uri = new URI(address);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null
					&& uri.getFragment() == null;
		}
		catch (URISyntaxException notAnAddress) {
			return false;
		}
	}

}
