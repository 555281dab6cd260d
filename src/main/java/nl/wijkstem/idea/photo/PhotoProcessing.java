package nl.wijkstem.idea.photo;

import nl.wijkstem.base.Rejection;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

/**
 * Checks an uploaded photo by its content, not its name, and writes a fresh copy: JPEG,
 * or PNG when it has transparency, at most 1600 pixels wide or high. The copy carries
 * none of the original's metadata, so camera details and GPS positions are gone. Before
 * the metadata goes, a JPEG's EXIF orientation is applied to the pixels: phones store a
 * portrait photo as a landscape picture with a note to turn it, and without the note the
 * copy would lie on its side.
 * <p>
 * Decoding is the one step that needs a lot of memory, so it is bounded three ways: a
 * large image is decoded subsampled (never at full size), the decoded raster has a byte
 * budget, and at most {@value #THREADS} photos are processed at a time, with a short
 * queue; when that is full the person is asked to try again instead of everyone waiting.
 */
@Component
public class PhotoProcessing {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final int MAX_SIDE = 1600;

	/** Refuse images that would need gigabytes to decode (decompression bombs). */
	private static final long MAX_PIXELS = 40_000_000L;

	/** The most memory one decoded photo may take, whatever its bit depth. */
	static final long DECODE_BUDGET_BYTES = 64L * 1024 * 1024;

	static final int THREADS = 2;

	static final int QUEUE = 2;

	private final ThreadPoolExecutor pool;

	PhotoProcessing() {
		this(THREADS, QUEUE);
	}

	PhotoProcessing(int threads, int queue) {
		// the WebP reader comes as a plug-in from a nested jar
		ImageIO.scanForPlugins();
		this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
				Thread.ofPlatform().name("photo-processing-", 0).daemon(true).factory(),
				new ThreadPoolExecutor.AbortPolicy());
		this.pool.allowCoreThreadTimeOut(true);
	}

	@PreDestroy
	public void shutdown() {
		pool.shutdownNow();
	}

	/**
	 * Processes the upload on the photo pool and waits for it.
	 * @throws Rejection "photo.error.busy" when the pool and its queue are full
	 */
	public Processed process(byte[] upload) {
		return onPool(() -> processHere(upload));
	}

	/** Runs a task on the photo pool, refusing it at once when the pool is full. */
	<T> T onPool(Callable<T> task) {
		Future<T> future;
		try {
			future = pool.submit(task);
		}
		catch (RejectedExecutionException busy) {
			throw new Rejection("photo.error.busy");
		}
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw new Rejection("photo.error.busy");
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/** Tasks waiting for a free thread, for tests. */
	public int waiting() {
		return pool.getQueue().size();
	}

	/** The work itself, on the calling thread. */
	public Processed processHere(byte[] upload) {
		if (upload.length > MAX_BYTES) {
			throw new Rejection("photo.error.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		if (!isJpeg(upload) && !isPng(upload) && !isWebp(upload)) {
			throw new Rejection("photo.error.type");
		}
		int orientation = isJpeg(upload) ? orientation(upload) : 1;
		BufferedImage image = decode(upload);
		BufferedImage scaled = scaleDownUpright(image, orientation);
		boolean transparent = scaled.getColorModel().hasAlpha();
		return transparent ? new Processed(encodePng(scaled), "image/png", "png", scaled.getWidth(), scaled.getHeight())
				: new Processed(encodeJpeg(scaled), "image/jpeg", "jpg", scaled.getWidth(), scaled.getHeight());
	}

	private static BufferedImage decode(byte[] upload) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new Rejection("photo.error.unreadable");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				// the header gives the size and pixel layout without reading any pixels
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if ((long) width * height > MAX_PIXELS) {
					throw new Rejection("photo.error.dimensions");
				}
				int subsampling = subsampling(width, height, bytesPerPixel(reader));
				ImageReadParam parameters = reader.getDefaultReadParam();
				parameters.setSourceSubsampling(subsampling, subsampling, 0, 0);
				return reader.read(0, parameters);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof Rejection rejected) {
				throw rejected;
			}
			throw new Rejection("photo.error.unreadable");
		}
	}

	/**
	 * The smallest step that keeps the decoded image at least {@value #MAX_SIDE} pixels
	 * on its longest side (so scaling down afterwards stays smooth), made larger until
	 * the decoded raster fits the budget.
	 */
	public static int subsampling(int width, int height, int bytesPerPixel) {
		int step = Math.max(1, Math.max(width, height) / MAX_SIDE);
		while (decodedBytes(width, height, bytesPerPixel, step) > DECODE_BUDGET_BYTES) {
			step++;
		}
		return step;
	}

	public static long decodedBytes(int width, int height, int bytesPerPixel, int step) {
		long columns = (width + step - 1) / step;
		long rows = (height + step - 1) / step;
		return columns * rows * bytesPerPixel;
	}

	/**
	 * Bytes per pixel of the raster the reader will make; when the reader cannot say, the
	 * worst common case (16-bit RGBA).
	 */
	private static int bytesPerPixel(ImageReader reader) throws IOException {
		Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
		if (types == null || !types.hasNext()) {
			return 8;
		}
		ImageTypeSpecifier type = types.next();
		int bits = 0;
		for (int size : type.getSampleModel().getSampleSize()) {
			bits += size;
		}
		// packed models store a pixel in one int however few bits it needs
		int stored = type.getSampleModel().getTransferType() == DataBuffer.TYPE_INT ? 32 : bits;
		return Math.max(1, (Math.max(stored, bits) + 7) / 8);
	}

	/**
	 * The EXIF orientation of a JPEG (1 to 8; 1 is upright), or 1 when it has none or an
	 * unreadable one: a damaged note is no reason to refuse the photo.
	 */
	static int orientation(byte[] jpeg) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
			List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(input, JPEG.APP1, "Exif");
			for (JPEGSegment segment : segments) {
				byte[] tiff = tiffData(segment);
				if (tiff.length == 0) {
					continue;
				}
				try (ImageInputStream exif = ImageIO.createImageInputStream(new ByteArrayInputStream(tiff))) {
					Directory directory = new TIFFReader().read(exif);
					Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
					if (entry != null && entry.getValue() instanceof Number number) {
						int value = number.intValue();
						return value >= 1 && value <= 8 ? value : 1;
					}
				}
			}
			return 1;
		}
		catch (IOException | RuntimeException unreadable) {
			return 1;
		}
	}

	/**
	 * The TIFF structure inside an Exif segment: its data starts after "Exif" with one or
	 * two zero bytes, depending on the reader; the TIFF header starts with "II" or "MM".
	 */
	private static byte[] tiffData(JPEGSegment segment) throws IOException {
		byte[] data;
		try (InputStream in = segment.data()) {
			data = in.readAllBytes();
		}
		int start = 0;
		while (start < data.length && start < 8 && data[start] != 'I' && data[start] != 'M') {
			start++;
		}
		if (start + 8 > data.length || (data[start] != 'I' && data[start] != 'M')) {
			return new byte[0];
		}
		return Arrays.copyOfRange(data, start, data.length);
	}

	/**
	 * Scales the decoded image down to at most {@value #MAX_SIDE} pixels and turns or
	 * mirrors it as its EXIF orientation says, in one drawing step.
	 */
	private static BufferedImage scaleDownUpright(BufferedImage image, int orientation) {
		int longest = Math.max(image.getWidth(), image.getHeight());
		double factor = longest > MAX_SIDE ? (double) MAX_SIDE / longest : 1.0;
		int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
		boolean sideways = orientation >= 5;
		boolean alpha = image.getColorModel().hasAlpha();
		BufferedImage copy = new BufferedImage(sideways ? height : width, sideways ? width : height,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = copy.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.transform(upright(orientation, width, height));
			graphics.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return copy;
	}

	/**
	 * Maps a point of the stored picture (width × height) to where it belongs when the
	 * picture is shown upright, for the eight EXIF orientations.
	 */
	static AffineTransform upright(int orientation, int width, int height) {
		return switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0); // mirrored left to
																	// right
			case 3 -> new AffineTransform(-1, 0, 0, -1, width, height); // upside down
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, height); // mirrored top to
																	// bottom
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // mirrored along the
																// diagonal
			case 6 -> new AffineTransform(0, 1, -1, 0, height, 0); // a quarter turn
																	// clockwise
			case 7 -> new AffineTransform(0, -1, -1, 0, height, width); // mirrored along
																		// the other
																		// diagonal
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, width); // a quarter turn
																	// anticlockwise
			default -> new AffineTransform();
		};
	}

	private static byte[] encodeJpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam parameters = writer.getDefaultWriteParam();
			parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			parameters.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(image, null, null), parameters);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static byte[] encodePng(BufferedImage image) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	public static boolean isJpeg(byte[] data) {
		return data.length > 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF;
	}

	public static boolean isPng(byte[] data) {
		return data.length > 8 && Arrays.equals(Arrays.copyOf(data, 8),
				new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
	}

	public static boolean isWebp(byte[] data) {
		return data.length > 12 && data[0] == 'R' && data[1] == 'I' && data[2] == 'F' && data[3] == 'F'
				&& data[8] == 'W' && data[9] == 'E' && data[10] == 'B' && data[11] == 'P';
	}

	public record Processed(byte[] bytes, String contentType, String extension, int width, int height) {
	}

}
