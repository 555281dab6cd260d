package nl.wijkstem.consultation;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import nl.wijkstem.base.Rejection;

/**
 * Checks an uploaded question image by its content (PNG or JPEG by its first bytes, not
 * its name) and writes a fresh copy in the same format, so whatever else the file carried
 * (metadata, a camera's GPS position, trailing bytes) is gone. Images come from staff
 * only, so they are not scaled down as residents' photos are; their size is bounded.
 */
final class QuestionImageCheck {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	/** Refuse images that would need a lot of memory to decode. */
	private static final long MAX_PIXELS = 25_000_000L;

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private QuestionImageCheck() {
	}

	static QuestionImageFile check(byte[] upload) {
		if (upload == null || upload.length == 0) {
			throw problem("consultation.error.imageType");
		}
		if (upload.length > MAX_BYTES) {
			throw problem("consultation.error.imageTooLarge", MAX_BYTES / (1024 * 1024));
		}
		String format;
		if (startsWith(upload, PNG)) {
			format = "png";
		}
		else if (upload.length > 3 && (upload[0] & 0xFF) == 0xFF && (upload[1] & 0xFF) == 0xD8
				&& (upload[2] & 0xFF) == 0xFF) {
			format = "jpeg";
		}
		else {
			throw problem("consultation.error.imageType");
		}
		BufferedImage image = decode(upload, format);
		if ("jpeg".equals(format) && (image.getColorModel().hasAlpha()
				|| image.getType() != BufferedImage.TYPE_INT_RGB && image.getType() != BufferedImage.TYPE_3BYTE_BGR)) {
			BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = rgb.createGraphics();
			graphics.drawImage(image, 0, 0, null);
			graphics.dispose();
			image = rgb;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw problem("consultation.error.imageUnreadable");
			}
		}
		catch (IOException unwritable) {
			throw problem("consultation.error.imageUnreadable");
		}
		return new QuestionImageFile("png".equals(format) ? "image/png" : "image/jpeg", out.toByteArray());
	}

	private static BufferedImage decode(byte[] upload, String format) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
			if (input == null || !readers.hasNext()) {
				throw problem("consultation.error.imageUnreadable");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS) {
					throw problem("consultation.error.imageDimensions");
				}
				BufferedImage image = reader.read(0);
				if (image == null) {
					throw problem("consultation.error.imageUnreadable");
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException unreadable) {
			if (unreadable instanceof Rejection rejection) {
				throw rejection;
			}
			throw problem("consultation.error.imageUnreadable");
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static Rejection problem(String key, Object... arguments) {
		return new Rejection(List.of(new Rejection.Problem("image", key, arguments)));
	}

}
