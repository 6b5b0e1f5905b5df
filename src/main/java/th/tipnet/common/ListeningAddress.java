package th.tipnet.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where this instance really listens, as a person at its console would type it: the port the web
 * server bound (a {@code SERVER_PORT} of 0 or 8081 included), the bind address when one is set, the
 * context path, https when TLS is on. The console's start messages use it; links that leave the site
 * use {@link PublicUrl}, which is what users reach through a proxy.
 */
@Component
public class ListeningAddress {

	private static final Logger log = LoggerFactory.getLogger(ListeningAddress.class);

	private final Environment environment;

	private final PublicUrl site;

	private volatile String base;

	ListeningAddress(Environment environment, PublicUrl site) {
		this.environment = environment;
		this.site = site;
	}

	@EventListener
	void on(WebServerInitializedEvent started) {
		if (started.getApplicationContext().getServerNamespace() == null) {
			base = base(started.getWebServer().getPort());
		}
	}

	@EventListener
	void on(ApplicationReadyEvent ready) {
		log.info("TIPNet is ready at {}", of("/"));
	}

	/** The address of {@code path} on this instance; the public address until the web server has started. */
	public String of(String path) {
		String b = base;
		return (b == null ? site.base() : b) + (path.startsWith("/") ? path : "/" + path);
	}

	String base(int port) {
		boolean tls = environment.getProperty("server.ssl.enabled", Boolean.class, false)
				|| environment.getProperty("server.ssl.bundle") != null;
		String host = environment.getProperty("server.address", "");
		if (host.isBlank() || host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
			host = "localhost";
		}
		else if (host.contains(":") && !host.startsWith("[")) {
			host = "[" + host + "]";
		}
		String contextPath = environment.getProperty("server.servlet.context-path", "");
		while (contextPath.endsWith("/")) {
			contextPath = contextPath.substring(0, contextPath.length() - 1);
		}
		boolean defaultPort = tls ? port == 443 : port == 80;
		return (tls ? "https" : "http") + "://" + host + (defaultPort ? "" : ":" + port) + contextPath;
	}
}
