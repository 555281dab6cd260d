package nl.wijkstem.idea;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.springframework.stereotype.Component;

/**
 * Checks an uploaded photo by its content, not its name, and writes a fresh copy: JPEG,
 * or PNG when it has transparency, at most 1600 pixels wide or high. The copy carries
 * none of the original's metadata, so camera details and GPS positions are gone.
 */
@Component
class PhotoProcessing {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final int MAX_SIDE = 1600;

	/** Refuse images that would need gigabytes to decode (decompression bombs). */
	private static final long MAX_PIXELS = 40_000_000L;

	PhotoProcessing() {
		// the WebP reader comes as a plug-in from a nested jar
		ImageIO.scanForPlugins();
	}

	Processed process(byte[] upload) {
		if (upload.length > MAX_BYTES) {
			throw new IdeaRejectedException("photo.error.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		if (!isJpeg(upload) && !isPng(upload) && !isWebp(upload)) {
			throw new IdeaRejectedException("photo.error.type");
		}
		BufferedImage image = decode(upload);
		BufferedImage scaled = scaleDown(image);
		boolean transparent = scaled.getColorModel().hasAlpha();
		return transparent ? new Processed(encodePng(scaled), "image/png", "png", scaled.getWidth(), scaled.getHeight())
				: new Processed(encodeJpeg(scaled), "image/jpeg", "jpg", scaled.getWidth(), scaled.getHeight());
	}

	private static BufferedImage decode(byte[] upload) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new IdeaRejectedException("photo.error.unreadable");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw new IdeaRejectedException("photo.error.dimensions");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof IdeaRejectedException rejected) {
				throw rejected;
			}
			throw new IdeaRejectedException("photo.error.unreadable");
		}
	}

	private static BufferedImage scaleDown(BufferedImage image) {
		int longest = Math.max(image.getWidth(), image.getHeight());
		double factor = longest > MAX_SIDE ? (double) MAX_SIDE / longest : 1.0;
		int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
		boolean alpha = image.getColorModel().hasAlpha();
		BufferedImage copy = new BufferedImage(width, height,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = copy.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return copy;
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

	static boolean isJpeg(byte[] data) {
		return data.length > 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF;
	}

	static boolean isPng(byte[] data) {
		return data.length > 8 && Arrays.equals(Arrays.copyOf(data, 8),
				new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
	}

	static boolean isWebp(byte[] data) {
		return data.length > 12 && data[0] == 'R' && data[1] == 'I' && data[2] == 'F' && data[3] == 'F'
				&& data[8] == 'W' && data[9] == 'E' && data[10] == 'B' && data[11] == 'P';
	}

	record Processed(byte[] bytes, String contentType, String extension, int width, int height) {
	}

}
