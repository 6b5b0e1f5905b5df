package th.tipnet.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the browser and the application under test that can be cut, like a venue's
 * Wi-Fi dropping. Playwright's offline mode does not reach a page's service worker; cutting here
 * does: every connection is closed and new ones are refused until {@link #restore()}.
 */
public final class NetworkCut implements AutoCloseable {

	private final int target;

	private final int port;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket server;

	public NetworkCut(int target) {
		this.target = target;
		this.server = listen(0);
		this.port = server.getLocalPort();
		accept(server);
	}

	/** The port the browser should use instead of the application's. */
	public int port() {
		return port;
	}

	public synchronized void cut() {
		quietly(server);
		open.forEach(NetworkCut::quietly);
		open.clear();
	}

	public synchronized void restore() {
		server = listen(port);
		accept(server);
	}

	@Override
	public void close() {
		cut();
	}

	private static ServerSocket listen(int port) {
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(port));
			return socket;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void accept(ServerSocket listening) {
		daemon("network-cut-" + port, () -> {
			while (!listening.isClosed()) {
				try {
					Socket browser = listening.accept();
					relay(listening, browser);
				}
				catch (IOException e) {
					// Closed by cut(): stop accepting.
				}
			}
		});
	}

	/**
	 * Relays one accepted connection, under the lock {@link #cut()} takes: a connection accepted just
	 * before a cut is either in {@link #open} when the cut closes them all, or closed here, never left
	 * running past the cut (a reloaded page would then still reach the application).
	 */
	private synchronized void relay(ServerSocket listening, Socket browser) throws IOException {
		if (listening.isClosed()) {
			quietly(browser);
			return;
		}
		Socket app = new Socket(InetAddress.getLoopbackAddress(), target);
		open.add(browser);
		open.add(app);
		pump(browser, app);
		pump(app, browser);
	}

	private void pump(Socket from, Socket to) {
		daemon("network-cut-pump", () -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int n; (n = in.read(buffer)) >= 0;) {
					out.write(buffer, 0, n);
					out.flush();
				}
			}
			catch (IOException e) {
				// The other side closed, or the network was cut.
			}
			finally {
				quietly(from);
				quietly(to);
				open.remove(from);
				open.remove(to);
			}
		});
	}

	private static void daemon(String name, Runnable work) {
		Thread thread = new Thread(work, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void quietly(java.io.Closeable closeable) {
		try {
			closeable.close();
		}
		catch (IOException e) {
			// Already closed.
		}
	}
}
