package th.tipnet.support;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** One real SMTP server (GreenMail) for the whole test JVM; every test context sends its mail here. */
public final class TestMail {

	private static GreenMail server;

	private TestMail() {
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	public static int port() {
		return server().getSmtp().getPort();
	}

	/** Waits (up to 20 s, blocking on the server) until this address has {@code count} messages. */
	public static List<MimeMessage> awaitCount(String address, int count) throws Exception {
		long until = System.currentTimeMillis() + 20_000;
		List<MimeMessage> found = received(address);
		while (found.size() < count && System.currentTimeMillis() < until) {
			server().waitForIncomingEmail(1_000, server().getReceivedMessages().length + 1);
			found = received(address);
		}
		return found;
	}

	private static List<MimeMessage> received(String address) {
		return Arrays.stream(server().getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
			}
			catch (Exception e) {
				return false;
			}
		}).toList();
	}

	/** Waits (up to 20 s) for a message to this address and returns the messages it has. */
	public static List<MimeMessage> to(String address) throws Exception {
		long until = System.currentTimeMillis() + 20_000;
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
}
