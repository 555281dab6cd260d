package nl.wijkstem.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real application in a JVM of its own, to be killed as a power cut would: the test's
 * own class path, the project as Vaadin's base directory, the data directory as working
 * directory. Its output is read on a thread of its own, so the child never blocks on a
 * full pipe; its errors go to a file.
 */
public final class ChildApplication {

	private static final String END = "\u0000end";

	private final Process process;

	private final Path errors;

	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

	private final List<String> tail = new ArrayList<>();

	private ChildApplication(Process process, Path errors) {
		this.process = process;
		this.errors = errors;
		Thread reader = new Thread(this::drain, "child-application-output");
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Starts {@code main} with these application arguments and environment; its errors go
	 * to {@code <name>.err} in the directory.
	 */
	public static ChildApplication start(Class<?> main, Path directory, String name, List<String> arguments,
			Map<String, String> environment) throws IOException {
		Path project = Path.of("").toAbsolutePath();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:TieredStopAtLevel=1", "-Dvaadin.project.basedir=" + project, "-cp",
						System.getProperty("java.class.path"), main.getName(), "--server.address=127.0.0.1",
						"--server.port=0", "--vaadin.devmode.devTools.enabled=false",
						// the test class path is large: Vaadin's class scan alone took 12
						// s
						"--vaadin.allowed-packages=nl.wijkstem,com.vaadin", "--spring.main.banner-mode=off",
						"--logging.level.root=warn"));
		command.addAll(arguments);
		Path errors = directory.resolve(name + ".err");
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectError(errors.toFile());
		builder.environment().putAll(environment);
		return new ChildApplication(builder.start(), errors);
	}

	private void drain() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lines.add(line);
			}
		}
		catch (IOException closed) {
			// the process was killed
		}
		lines.add(END);
	}

	/** The next line, or {@code null} at the end of the output or the deadline. */
	public String next(Instant deadline) throws InterruptedException {
		long wait = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
		String line = lines.poll(wait, TimeUnit.MILLISECONDS);
		if (line == null || line.equals(END)) {
			if (line != null) {
				lines.add(END);
			}
			return null;
		}
		tail.add(line);
		if (tail.size() > 40) {
			tail.removeFirst();
		}
		return line;
	}

	/** Waits for a line that starts with this word; fails on the end or the deadline. */
	public void awaitLine(String word, Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		String line;
		do {
			line = next(deadline);
			assertThat(line).as(() -> "waiting for " + word + ":\n" + log() + state()).isNotNull();
		}
		while (!line.startsWith(word));
	}

	/**
	 * What a child that went silent is doing: its heap and the stacks of its threads
	 * ({@code jcmd}), or that it is no longer running.
	 */
	private String state() {
		if (!process.isAlive()) {
			return "\n--- the process ended with exit code " + process.exitValue();
		}
		// the main thread comes first; the first 300 lines hold it and the busiest others
		String threads = jcmd("Thread.print").lines().limit(300).collect(Collectors.joining("\n"));
		return "\n--- heap:\n" + jcmd("GC.heap_info") + "\n--- threads:\n" + threads;
	}

	private String jcmd(String command) {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		try {
			Path output = Files.createTempFile("jcmd", ".txt");
			Process diagnosis = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), command)
				.redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			if (!diagnosis.waitFor(30, TimeUnit.SECONDS)) {
				diagnosis.destroyForcibly();
			}
			String text = Files.readString(output, StandardCharsets.UTF_8);
			Files.delete(output);
			return text;
		}
		catch (IOException | InterruptedException ex) {
			return "(jcmd " + command + " failed: " + ex.getMessage() + ")";
		}
	}

	/** Whether the process ends by itself within the timeout. */
	public boolean stopsWithin(Duration timeout) throws InterruptedException {
		return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** SIGKILL, as {@code kill -9} or the kernel's out-of-memory killer would. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** The last lines of its output and of its errors, for a failure message. */
	public String log() {
		String errorOutput;
		try {
			List<String> all = Files.readAllLines(errors, StandardCharsets.UTF_8);
			errorOutput = String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
		}
		catch (IOException ex) {
			errorOutput = "(none: " + ex.getMessage() + ")";
		}
		return String.join("\n", tail) + "\n--- errors:\n" + errorOutput;
	}

}
