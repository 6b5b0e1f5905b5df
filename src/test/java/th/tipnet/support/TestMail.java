package th.tipnet.support;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** One real SMTP server (GreenMail) for the whole test JVM; every test context sends its mail here. */
public final class TestMail {

	/**
	 * How long a test waits for a mail: a mail queued behind a class's thousand confirmations (EventsIT)
	 * can take tens of seconds on a loaded two-core machine; a passing test never waits this long.
	 */
	private static final long MAIL_PATIENCE_MS = 90_000;

	private static GreenMail server;

	private TestMail() {
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			// A loaded machine can take longer than GreenMail's default two seconds to open the port.
			ServerSetup smtp = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
			smtp.setServerStartupTimeout(60_000);
			server = new GreenMail(smtp);
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	public static int port() {
		return server().getSmtp().getPort();
	}

	/** Waits (up to 90 s, blocking on the server) until this address has {@code count} messages. */
	public static List<MimeMessage> awaitCount(String address, int count) throws Exception {
		return awaitCount(address, count, m -> true);
	}

	/**
	 * Waits (up to 90 s) until this address has {@code count} messages that match, and returns those:
	 * for mail about one thing to an address that other tests may mail about others.
	 */
	public static List<MimeMessage> awaitCount(String address, int count, java.util.function.Predicate<MimeMessage> which)
			throws Exception {
		long until = System.currentTimeMillis() + MAIL_PATIENCE_MS;
		List<MimeMessage> found = received(address).stream().filter(which).toList();
		while (found.size() < count && System.currentTimeMillis() < until) {
			server().waitForIncomingEmail(1_000, server().getReceivedMessages().length + 1);
			found = received(address).stream().filter(which).toList();
		}
		return found;
	}

	/** The messages this address has now, without waiting. */
	public static List<MimeMessage> received(String address) {
		return Arrays.stream(server().getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
			}
			catch (Exception e) {
				return false;
			}
		}).toList();
	}

	/** Waits (up to 90 s) for a message to this address and returns the messages it has. */
	public static List<MimeMessage> to(String address) throws Exception {
		long until = System.currentTimeMillis() + MAIL_PATIENCE_MS;
		while (System.currentTimeMillis() < until) {
			List<MimeMessage> found = Arrays.stream(server().getReceivedMessages()).filter(m -> {
				try {
					return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
				}
				catch (Exception e) {
					return false;
				}
			}).toList();
			if (!found.isEmpty()) {
				return found;
			}
			server().waitForIncomingEmail(500, server().getReceivedMessages().length + 1);
		}
		return List.of();
	}

	/** Waits (up to 90 s) for a message to this address whose subject starts so. */
	public static MimeMessage awaitSubject(String address, String subjectStart) throws Exception {
		long until = System.currentTimeMillis() + MAIL_PATIENCE_MS;
		for (int count = 1; System.currentTimeMillis() < until; count++) {
			for (MimeMessage m : awaitCount(address, count)) {
				if (m.getSubject() != null && m.getSubject().startsWith(subjectStart)) {
					return m;
				}
			}
		}
		throw new AssertionError("No message to " + address + " with a subject starting " + subjectStart);
	}

	/** The HTML body of a message, however deeply nested its parts. */
	public static String html(MimeMessage message) throws Exception {
		StringBuilder html = new StringBuilder();
		collect((jakarta.mail.internet.MimeMultipart) message.getContent(), html, new java.util.ArrayList<>());
		return html.toString();
	}

	/** The content types of all its parts (lower case): the QR ticket is an image/png, the calendar text/calendar. */
	public static List<String> partTypes(MimeMessage message) throws Exception {
		List<String> types = new java.util.ArrayList<>();
		collect((jakarta.mail.internet.MimeMultipart) message.getContent(), new StringBuilder(), types);
		return types;
	}

	private static void collect(jakarta.mail.internet.MimeMultipart multipart, StringBuilder html, List<String> types)
			throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			var part = multipart.getBodyPart(i);
			types.add(part.getContentType().toLowerCase(java.util.Locale.ROOT));
			if (part.getContent() instanceof jakarta.mail.internet.MimeMultipart nested) {
				collect(nested, html, types);
			}
			else if (part.isMimeType("text/html")) {
				html.append(part.getContent());
			}
		}
	}
}
