package nl.wijkstem.notification.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny SMTP server on loopback that answers {@code RCPT TO} as it is told per address
 * (say 550 for one, 451 for another) and accepts everything else. GreenMail accepts every
 * recipient, so a bounce needs this.
 */
final class RefusingSmtp implements AutoCloseable {

	private final ServerSocket server;

	private final Map<String, String> replies;

	/** The recipients whose mail was accepted after DATA. */
	final List<String> delivered = new CopyOnWriteArrayList<>();

	/**
	 * @param replies the reply to {@code RCPT TO} for an address; "250 OK" for others
	 */
	RefusingSmtp(Map<String, String> replies) throws IOException {
		this.replies = replies;
		this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "refusing-smtp");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return server.getLocalPort();
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				Thread session = new Thread(() -> talk(client), "refusing-smtp-session");
				session.setDaemon(true);
				session.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void talk(Socket client) {
		try (client;
				BufferedReader in = new BufferedReader(
						new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
				Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII)) {
			client.setSoTimeout(10_000);
			reply(out, "220 localhost ESMTP test");
			String recipient = null;
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.toUpperCase(java.util.Locale.ROOT);
				if (command.startsWith("EHLO") || command.startsWith("HELO")) {
					reply(out, "250 localhost");
				}
				else if (command.startsWith("RCPT TO:")) {
					String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
					String answer = replies.getOrDefault(address, "250 2.1.5 OK");
					if (answer.startsWith("250")) {
						recipient = address;
					}
					reply(out, answer);
				}
				else if (command.equals("DATA")) {
					reply(out, "354 go ahead");
					while ((line = in.readLine()) != null && !line.equals(".")) {
						// the message itself does not matter here
					}
					delivered.add(recipient);
					reply(out, "250 2.0.0 queued");
				}
				else if (command.startsWith("QUIT")) {
					reply(out, "221 bye");
					return;
				}
				else {
					// MAIL FROM, RSET, NOOP
					reply(out, "250 OK");
				}
			}
		}
		catch (IOException ex) {
			// the client went away
		}
	}

	private static void reply(Writer out, String line) throws IOException {
		out.write(line + "\r\n");
		out.flush();
	}

	@Override
	public void close() throws IOException {
		server.close();
	}

}
