package th.tipnet.common;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The site's own address as configured ({@code tipnet.public-url}), for every absolute link that
 * leaves the site: e-mails, calendar files, redirects. Never taken from the request's {@code Host}
 * header, which the client chooses: a forged one must not put another site's address in a mail
 * that carries someone's private link.
 */
@Component
public class PublicUrl {

	private final String base;

	PublicUrl(@Value("${tipnet.public-url}") String configured) {
		String trimmed = configured.strip();
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		URI uri = URI.create(trimmed);
		if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null
				|| uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new IllegalStateException("tipnet.public-url must be an absolute http(s) address without query, like "
					+ "https://tipnet.example.go.th");
		}
		this.base = trimmed;
	}

	/** The address of a path on this site: {@code of("/events/x")} = {@code https://tipnet.example/events/x}. */
	public String of(String path) {
		return base + (path.startsWith("/") ? path : "/" + path);
	}

	/** The configured address without a trailing slash. */
	public String base() {
		return base;
	}
}
