package nl.wijkstem.idea.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * Photos as a phone takes them: a JPEG whose pixels are stored as the sensor saw them,
 * with an EXIF orientation tag (written here byte by byte, as a real APP1 segment) saying
 * how to turn them. The stored picture is white with a red square in its top-left corner
 * and a blue one in its top-right corner, so a test can tell where each corner went.
 */
public final class OrientedJpegs {

	public enum Corner {

		TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT

	}

	private OrientedJpegs() {
	}

	/** A stored picture of width × height with the given EXIF orientation (1 to 8). */
	public static byte[] jpeg(int width, int height, int orientation) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			int marker = Math.min(width, height) / 5;
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.setColor(Color.RED);
			graphics.fillRect(0, 0, marker, marker);
			graphics.setColor(Color.BLUE);
			graphics.fillRect(width - marker, 0, marker, marker);
		}
		finally {
			graphics.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return withOrientation(out.toByteArray(), orientation);
	}

	/**
	 * Puts an Exif APP1 segment right after the start marker, as phones do: "Exif\0\0", a
	 * big-endian TIFF header and one directory holding only the orientation (tag 0x0112,
	 * type SHORT, one value).
	 */
	static byte[] withOrientation(byte[] jpeg, int orientation) {
		byte[] tiff = { 'M', 'M', 0, 42, 0, 0, 0, 8, // header, first directory at 8
				0, 1, // one entry
				0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // orientation
				0, 0, 0, 0 }; // no next directory
		byte[] identifier = { 'E', 'x', 'i', 'f', 0, 0 };
		byte[] payload = new byte[identifier.length + tiff.length];
		System.arraycopy(identifier, 0, payload, 0, identifier.length);
		System.arraycopy(tiff, 0, payload, identifier.length, tiff.length);
		return withApp1(jpeg, payload);
	}

	/** Puts an APP1 segment with this payload right after the JPEG's start marker. */
	public static byte[] withApp1(byte[] jpeg, byte[] payload) {
		int length = payload.length + 2;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.write(payload, 0, payload.length);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	public static BufferedImage read(byte[] bytes) {
		try {
			return ImageIO.read(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The corner of the picture whose colour is closest to the given one. */
	public static Corner cornerOf(BufferedImage image, Color colour) {
		Corner best = null;
		double bestDistance = Double.MAX_VALUE;
		for (Corner corner : Corner.values()) {
			double distance = distance(sample(image, corner), colour);
			if (distance < bestDistance) {
				bestDistance = distance;
				best = corner;
			}
		}
		return best;
	}

	/** The colour a little inside a corner, away from JPEG's ringing at the edge. */
	static Color sample(BufferedImage image, Corner corner) {
		int inset = Math.min(image.getWidth(), image.getHeight()) / 10;
		int x = switch (corner) {
			case TOP_LEFT, BOTTOM_LEFT -> inset;
			case TOP_RIGHT, BOTTOM_RIGHT -> image.getWidth() - 1 - inset;
		};
		int y = switch (corner) {
			case TOP_LEFT, TOP_RIGHT -> inset;
			case BOTTOM_LEFT, BOTTOM_RIGHT -> image.getHeight() - 1 - inset;
		};
		return new Color(image.getRGB(x, y));
	}

	private static double distance(Color a, Color b) {
		int red = a.getRed() - b.getRed();
		int green = a.getGreen() - b.getGreen();
		int blue = a.getBlue() - b.getBlue();
		return Math.sqrt(red * red + green * green + blue * blue);
	}

}
