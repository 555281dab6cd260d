package nl.wijkstem.support;

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
 * A TCP relay on the loopback address in front of a real server, which a test can cut and
 * restore: a network outage between the application and its database, without stopping
 * the database itself. Cutting closes every open connection and refuses new ones, as a
 * stopped server does.
 */
public final class TcpRelay implements AutoCloseable {

	private final int targetPort;

	private final int port;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket listener;

	public TcpRelay(int targetPort) {
		this.targetPort = targetPort;
		this.port = listen(0);
	}

	public int port() {
		return port;
	}

	/** Closes every connection through the relay and refuses new ones. */
	public synchronized void cut() {
		closeQuietly(listener);
		listener = null;
		open.forEach(TcpRelay::closeQuietly);
		open.clear();
	}

	/** Accepts connections again, on the same port. */
	public synchronized void restore() {
		if (listener == null) {
			listen(port);
		}
	}

	@Override
	public void close() {
		cut();
	}

	private synchronized int listen(int requestedPort) {
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort));
			listener = socket;
			Thread.ofVirtual().name("relay-accept").start(() -> accept(socket));
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot listen on port " + requestedPort, ex);
		}
	}

	private void accept(ServerSocket socket) {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
				open.add(client);
				open.add(server);
				Thread.ofVirtual().start(() -> pump(client, server));
				Thread.ofVirtual().start(() -> pump(server, client));
			}
			catch (IOException ex) {
				// the listener was closed by cut()
			}
		}
	}

	private void pump(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException ex) {
			// one side closed; the other follows below
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			open.remove(from);
			open.remove(to);
		}
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// already closed
		}
	}

}
