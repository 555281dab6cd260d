package nl.wijkstem.notification.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

import javax.net.SocketFactory;

/**
 * Sockets that send each write at once ({@code TCP_NODELAY}). With Nagle's algorithm, the
 * JDK's default, the last segment of every mail waited for the server's delayed
 * acknowledgement, about 40 ms a mail: 22 mails a second instead of hundreds
 * (docs/benchmarks.md, the weekly digest).
 */
final class NoDelaySockets extends SocketFactory {

	@Override
	public Socket createSocket() throws IOException {
		return noDelay(new Socket());
	}

	@Override
	public Socket createSocket(String host, int port) throws IOException {
		return noDelay(new Socket(host, port));
	}

	@Override
	public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
		return noDelay(new Socket(host, port, local, localPort));
	}

	@Override
	public Socket createSocket(InetAddress host, int port) throws IOException {
		return noDelay(new Socket(host, port));
	}

	@Override
	public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
		return noDelay(new Socket(host, port, local, localPort));
	}

	private static Socket noDelay(Socket socket) throws IOException {
		socket.setTcpNoDelay(true);
		return socket;
	}

}
