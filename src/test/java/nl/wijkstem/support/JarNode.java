package nl.wijkstem.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged application started as its own process, as an operator runs it: the jar
 * from {@code target/}, in a working directory of its own, on a loopback port.
 */
public final class JarNode implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Process process;

	private final Path directory;

	private final int port;

	private JarNode(Process process, Path directory, int port) {
		this.process = process;
		this.directory = directory;
		this.port = port;
	}

	/** Starts the jar and waits until its health says UP. */
	public static JarNode start(String name, String profiles, Map<String, String> environment) throws Exception {
		Path directory = Files.createTempDirectory("wijkstem-" + name);
		int port = freePort();
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", jar().toAbsolutePath().toString(), "--spring.profiles.active=" + profiles,
				"--server.address=127.0.0.1", "--server.port=" + port)
			.directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("application.log").toFile());
		builder.environment().putAll(environment);
		JarNode node = new JarNode(builder.start(), directory, port);
		node.waitUntilHealthy();
		return node;
	}

	public int port() {
		return port;
	}

	public String url(String path) {
		return "http://127.0.0.1:" + port + "/" + path;
	}

	public HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	/** As a power cut or {@code kill -9} would: no shutdown of any kind. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	/** The last lines of the node's log, for a failure message. */
	public String log() {
		try {
			List<String> lines = Files.readAllLines(directory.resolve("application.log"), StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private void waitUntilHealthy() throws Exception {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The jar stopped: " + log());
			}
			try {
				if (get("actuator/health").statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("The jar did not become healthy: " + log());
	}

	public static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(file -> file.getFileName().toString().matches("wijkstem-.*\\.jar"))
				.findFirst()
				.orElseThrow(
						() -> new IllegalStateException("No jar in target/: run ./mvnw verify (it packages first)"));
		}
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
