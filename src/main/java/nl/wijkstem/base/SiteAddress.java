package nl.wijkstem.base;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where people reach this installation, for absolute links that leave the application (a
 * spreadsheet export). Inside the application links stay relative.
 *
 * @param publicUrl the public address, such as {@code https://wijkstem.vlaardingen.nl}
 * ({@code WIJKSTEM_PUBLIC_URL}; required in {@code prod}; a path is allowed when Wijkstem
 * runs under one)
 * @param otherHosts host names besides the public address's (and the loopback ones) that
 * requests may name, such as an internal name a proxy uses ({@code WIJKSTEM_OTHER_HOSTS},
 * comma separated)
 */
@ConfigurationProperties("wijkstem.site")
public record SiteAddress(@DefaultValue("http://localhost:8080") String publicUrl,
		@DefaultValue("") List<String> otherHosts) {

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

	public SiteAddress {
		otherHosts = otherHosts == null ? List.of()
				: otherHosts.stream()
					.map(host -> host.strip().toLowerCase(Locale.ROOT))
					.filter(host -> !host.isEmpty())
					.toList();
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

	/**
	 * Whether a request may name this host: the public address's, a loopback name, or one
	 * of the other hosts configured. Any other is refused before the application reads
	 * the request, so a forged Host header is never written into a page.
	 */
	public boolean allowsHost(String host) {
		if (host == null) {
			return false;
		}
		String name = host.toLowerCase(Locale.ROOT);
		return LOOPBACK.contains(name) || name.equals(URI.create(publicUrl).getHost().toLowerCase(Locale.ROOT))
				|| otherHosts.contains(name);
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
