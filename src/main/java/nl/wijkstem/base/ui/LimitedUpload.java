package nl.wijkstem.base.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * An upload handler that keeps at most a set number of bytes per file. Unlike
 * {@code UploadHandler.inMemory}, which reads the whole request before anyone can check
 * its size, it stops reading as soon as a file passes the limit and drops what it read,
 * so a huge request costs the server only the limit. The browser's own size check is a
 * courtesy; this is the check that counts.
 */
public final class LimitedUpload implements UploadHandler {

	/** What to do with a file that fits, in the UI's thread and session lock. */
	@FunctionalInterface
	public interface Received {

		void received(String fileName, byte[] bytes);

	}

	private final int maxBytes;

	private final Received received;

	private final Runnable tooLarge;

	private final String refusalKey;

	private LimitedUpload(int maxBytes, String refusalKey, Received received, Runnable tooLarge) {
		this.maxBytes = maxBytes;
		this.refusalKey = refusalKey;
		this.received = received;
		this.tooLarge = tooLarge;
	}

	/**
	 * @param maxBytes the most a file may have
	 * @param received gets each file that fits
	 * @param tooLarge is told (in the UI's lock) that a file was refused for its size
	 */
	public static LimitedUpload of(int maxBytes, Received received, Runnable tooLarge) {
		return of(maxBytes, "photo.error.rejected", received, tooLarge);
	}

	/**
	 * @param refusalKey the bundle key of what the upload field says of a file too large
	 */
	public static LimitedUpload of(int maxBytes, String refusalKey, Received received, Runnable tooLarge) {
		return new LimitedUpload(maxBytes, refusalKey, received, tooLarge);
	}

	@Override
	public void handleUploadRequest(UploadEvent event) throws IOException {
		UI ui = event.getUI();
		String fileName = event.getFileName();
		byte[] bytes;
		try (InputStream input = event.getInputStream()) {
			bytes = readAtMost(input, maxBytes);
		}
		if (bytes == null) {
			event.reject(ui.getTranslation(refusalKey));
			ui.access(tooLarge::run);
			return;
		}
		ui.access(() -> received.received(fileName, bytes));
	}

	/** Vaadin's multipart parsing stops at these too, before our own reading starts. */
	@Override
	public long getFileSizeMax() {
		return maxBytes;
	}

	@Override
	public long getRequestSizeMax() {
		// room for the multipart headers around one file
		return maxBytes + 64L * 1024;
	}

	/**
	 * Reads the stream up to {@code maxBytes}; reads one byte past it to know it is too
	 * long, and then stops.
	 * @return the bytes, or {@code null} when the stream is longer than allowed
	 */
	public static byte[] readAtMost(InputStream input, int maxBytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 64 * 1024));
		byte[] buffer = new byte[8192];
		long total = 0;
		int read;
		while ((read = input.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1L - total))) > 0) {
			total += read;
			if (total > maxBytes) {
				return null;
			}
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

}
