package nl.wijkstem.idea.photo;

import nl.wijkstem.base.Rejection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

import java.awt.Color;
import java.awt.image.BufferedImage;

import nl.wijkstem.idea.photo.OrientedJpegs.Corner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

public class PhotoProcessingTest {

	@Test
	void hugeSixteenBitPng_isDecodedSubsampled_neverAtFullSize() throws IOException {
		// 6,320 × 6,320 × 8 bytes = 320 MB when decoded in full, yet a small file
		byte[] png = sixteenBitRgbaPng(6320, 6320);
		assertThat(png.length).isLessThan(PhotoProcessing.MAX_BYTES);
		PhotoProcessing processing = new PhotoProcessing(1, 1);
		try {
			com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
				.getThreadMXBean();
			long before = threads.getCurrentThreadAllocatedBytes();

			PhotoProcessing.Processed processed = processing.processHere(png);

			long allocated = threads.getCurrentThreadAllocatedBytes() - before;
			assertThat(allocated).isLessThan(2 * PhotoProcessing.DECODE_BUDGET_BYTES);
			assertThat(processed.width()).isEqualTo(1600);
			assertThat(ImageIO.read(new ByteArrayInputStream(processed.bytes())).getHeight()).isEqualTo(1600);
		}
		finally {
			processing.shutdown();
		}
	}

	/**
	 * The EXIF table: where the stored picture's top-left (red) and top-right (blue)
	 * corners belong when it is shown upright; 5 to 8 turn a 400 × 300 landscape into a
	 * 300 × 400 portrait.
	 */
	@ParameterizedTest(name = "orientation {0}")
	@CsvSource({ "1, 400, 300, TOP_LEFT, TOP_RIGHT", "2, 400, 300, TOP_RIGHT, TOP_LEFT",
			"3, 400, 300, BOTTOM_RIGHT, BOTTOM_LEFT", "4, 400, 300, BOTTOM_LEFT, BOTTOM_RIGHT",
			"5, 300, 400, TOP_LEFT, BOTTOM_LEFT", "6, 300, 400, TOP_RIGHT, BOTTOM_RIGHT",
			"7, 300, 400, BOTTOM_RIGHT, TOP_RIGHT", "8, 300, 400, BOTTOM_LEFT, TOP_LEFT" })
	void jpegWithExifOrientation_isStoredUpright(int orientation, int width, int height, Corner red, Corner blue) {
		PhotoProcessing processing = new PhotoProcessing(1, 1);
		try {
			PhotoProcessing.Processed processed = processing.processHere(OrientedJpegs.jpeg(400, 300, orientation));

			BufferedImage stored = OrientedJpegs.read(processed.bytes());
			assertThat(processed.width()).isEqualTo(width);
			assertThat(processed.height()).isEqualTo(height);
			assertThat(stored.getWidth()).isEqualTo(width);
			assertThat(stored.getHeight()).isEqualTo(height);
			assertThat(OrientedJpegs.cornerOf(stored, Color.RED)).isEqualTo(red);
			assertThat(OrientedJpegs.cornerOf(stored, Color.BLUE)).isEqualTo(blue);
			assertThat(new String(processed.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1))
				.doesNotContain("Exif");
		}
		finally {
			processing.shutdown();
		}
	}

	@Test
	void largePortraitPhoto_isScaledDownAndTurned_inOneStep() {
		PhotoProcessing processing = new PhotoProcessing(1, 1);
		try {
			PhotoProcessing.Processed processed = processing.processHere(OrientedJpegs.jpeg(4000, 3000, 6));

			BufferedImage stored = OrientedJpegs.read(processed.bytes());
			assertThat(stored.getWidth()).isEqualTo(1200);
			assertThat(stored.getHeight()).isEqualTo(1600);
			assertThat(OrientedJpegs.cornerOf(stored, Color.RED)).isEqualTo(Corner.TOP_RIGHT);
		}
		finally {
			processing.shutdown();
		}
	}

	@Test
	void orientation_ofAJpegWithoutOrWithADamagedNote_isUpright() throws IOException {
		byte[] plain = OrientedJpegs.jpeg(40, 30, 1);
		assertThat(PhotoProcessing.orientation(plain)).isEqualTo(1);
		assertThat(PhotoProcessing.orientation(OrientedJpegs.jpeg(40, 30, 9))).isEqualTo(1);
		assertThat(PhotoProcessing.orientation(OrientedJpegs.jpeg(40, 30, 8))).isEqualTo(8);
		byte[] damaged = plain.clone();
		// the TIFF header's byte order mark made unreadable
		damaged[12] = (byte) 0x58;
		damaged[13] = (byte) 0x58;
		assertThat(PhotoProcessing.orientation(damaged)).isEqualTo(1);
	}

	@Test
	void subsampling_keepsTheDecodedRasterWithinBudget() {
		assertThat(PhotoProcessing.subsampling(1200, 800, 3)).isEqualTo(1);
		assertThat(PhotoProcessing.subsampling(4000, 3000, 3)).isEqualTo(2);
		for (int side : new int[] { 3199, 6320, 8000 }) {
			int step = PhotoProcessing.subsampling(side, side, 8);
			assertThat(PhotoProcessing.decodedBytes(side, side, 8, step))
				.isLessThanOrEqualTo(PhotoProcessing.DECODE_BUDGET_BYTES);
			assertThat((side + step - 1) / step).isGreaterThanOrEqualTo(1000);
		}
	}

	@Test
	void fullPool_refusesAtOnce_withABusyMessage() throws Exception {
		PhotoProcessing processing = new PhotoProcessing(1, 1);
		// two callers of their own: the common pool may have a single thread on a small
		// machine
		ExecutorService callers = Executors.newFixedThreadPool(2);
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		try {
			CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> processing.onPool(() -> {
				started.countDown();
				release.await();
				return "first";
			}), callers);
			assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
			CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> processing.onPool(() -> "second"),
					callers);
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (processing.waiting() < 1 && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}

			assertThat(processing.waiting()).isEqualTo(1);
			long start = System.nanoTime();
			assertThatExceptionOfType(Rejection.class).isThrownBy(() -> processing.process(new byte[10]))
				.satisfies(busy -> assertThat(busy.problems().getFirst().messageKey()).isEqualTo("photo.error.busy"));
			assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(1));

			release.countDown();
			assertThat(running.get(10, TimeUnit.SECONDS)).isEqualTo("first");
			assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("second");
		}
		finally {
			release.countDown();
			processing.shutdown();
			callers.shutdownNow();
		}
	}

	/**
	 * A fully transparent 16-bit RGBA PNG, written row by row so the test never holds the
	 * raster: zero rows compress to almost nothing.
	 */
	static byte[] sixteenBitRgbaPng(int width, int height) throws IOException {
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		file.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		DataOutputStream headerData = new DataOutputStream(header);
		headerData.writeInt(width);
		headerData.writeInt(height);
		headerData.writeByte(16); // bit depth
		headerData.writeByte(6); // RGBA
		headerData.writeByte(0);
		headerData.writeByte(0);
		headerData.writeByte(0);
		chunk(file, "IHDR", header.toByteArray());
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		try (DeflaterOutputStream pixels = new DeflaterOutputStream(compressed, deflater, 64 * 1024)) {
			byte[] row = new byte[1 + width * 8]; // filter byte, then zero samples
			for (int y = 0; y < height; y++) {
				pixels.write(row);
			}
		}
		finally {
			deflater.end();
		}
		chunk(file, "IDAT", compressed.toByteArray());
		chunk(file, "IEND", new byte[0]);
		return file.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream file, String type, byte[] data) throws IOException {
		DataOutputStream out = new DataOutputStream(file);
		out.writeInt(data.length);
		byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		out.write(typeBytes);
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeInt((int) crc.getValue());
	}

}
