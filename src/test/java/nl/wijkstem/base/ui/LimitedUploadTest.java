package nl.wijkstem.base.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LimitedUploadTest {

	private static final int FIVE_MB = 5 * 1024 * 1024;

	@Test
	void streamPastTheLimit_isRefused_withoutReadingTheRest() throws IOException {
		CountingZeros sixMegabytes = new CountingZeros(6L * 1024 * 1024);

		byte[] bytes = LimitedUpload.readAtMost(sixMegabytes, FIVE_MB);

		assertThat(bytes).isNull();
		assertThat(sixMegabytes.read).isEqualTo(FIVE_MB + 1L);
	}

	@Test
	void hugeStream_costsOnlyTheLimit() throws IOException {
		CountingZeros gigabyte = new CountingZeros(1024L * 1024 * 1024);

		assertThat(LimitedUpload.readAtMost(gigabyte, FIVE_MB)).isNull();
		assertThat(gigabyte.read).isLessThanOrEqualTo(FIVE_MB + 1L);
	}

	@Test
	void streamOfExactlyTheLimit_isKeptWhole() throws IOException {
		byte[] bytes = LimitedUpload.readAtMost(new CountingZeros(FIVE_MB), FIVE_MB);

		assertThat(bytes).hasSize(FIVE_MB);
		assertThat(LimitedUpload.readAtMost(new ByteArrayInputStream(new byte[] { 1, 2, 3 }), FIVE_MB))
			.containsExactly(1, 2, 3);
	}

	@Test
	void handler_tellsVaadinTheLimits_soItStopsEarlierStill() {
		LimitedUpload handler = LimitedUpload.of(FIVE_MB, (name, bytes) -> {
		}, () -> {
		});

		assertThat(handler.getFileSizeMax()).isEqualTo(FIVE_MB);
		assertThat(handler.getRequestSizeMax()).isBetween((long) FIVE_MB, FIVE_MB + 100_000L);
	}

	/** A stream of zeros of a given length that counts what was read from it. */
	private static final class CountingZeros extends InputStream {

		private final long length;

		long read;

		CountingZeros(long length) {
			this.length = length;
		}

		@Override
		public int read() {
			if (read >= length) {
				return -1;
			}
			read++;
			return 0;
		}

		@Override
		public int read(byte[] buffer, int offset, int count) {
			if (read >= length) {
				return -1;
			}
			int n = (int) Math.min(count, length - read);
			java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
			read += n;
			return n;
		}

	}

}
