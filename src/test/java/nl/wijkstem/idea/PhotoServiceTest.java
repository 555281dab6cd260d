package nl.wijkstem.idea;

import nl.wijkstem.idea.photo.OrientedJpegs;
import nl.wijkstem.idea.photo.PhotoProcessing;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.imageio.ImageIO;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ApplicationTest
class PhotoServiceTest {

	/** A 1×1 lossless WebP image. */
	private static final String WEBP = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";

	@Autowired
	PhotoService photos;

	@Autowired
	LegacyPhotoFiles legacy;

	@Autowired
	IdeaProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdeaService ideas;

	@Autowired
	DemoUsers demo;

	@Test
	void jpegWithCameraAndGpsData_isStoredWithoutIt() throws IOException {
		Long idea = draft("kees");
		byte[] withExif = withExifSegment(jpeg(800, 600));
		assertThat(new String(withExif, StandardCharsets.ISO_8859_1)).contains("Exif").contains("GPSLatitude");

		PhotoView photo = photos.add(idea, "IMG_2041.jpg", withExif);

		byte[] served = photos.file(photo.id()).orElseThrow().bytes();
		assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("Exif")
			.doesNotContain("GPSLatitude");
		assertThat(ImageIO.read(new ByteArrayInputStream(served)).getWidth()).isEqualTo(800);
		assertThat(photo.url()).isEqualTo("/photos/" + photo.id());
	}

	@Test
	void portraitPhoneJpeg_isStoredUpright() {
		Long idea = draft("kees");

		PhotoView photo = photos.add(idea, "IMG_2042.jpg", OrientedJpegs.jpeg(800, 600, 6));

		BufferedImage stored = OrientedJpegs.read(photos.file(photo.id()).orElseThrow().bytes());
		assertThat(stored.getWidth()).isEqualTo(600);
		assertThat(stored.getHeight()).isEqualTo(800);
		assertThat(OrientedJpegs.cornerOf(stored, Color.RED)).isEqualTo(OrientedJpegs.Corner.TOP_RIGHT);
		assertThat(jdbc.queryForObject("select width from idea_photo where id = ?", Integer.class, photo.id()))
			.isEqualTo(600);
	}

	@Test
	void pngAndWebp_areAccepted_largeOnesScaledDown() throws IOException {
		Long idea = draft("kees");

		PhotoView png = photos.add(idea, "plattegrond.png", png(3000, 1000));
		PhotoView webp = photos.add(idea, "telefoon.webp", Base64.getDecoder().decode(WEBP));

		BufferedImage scaled = ImageIO.read(new ByteArrayInputStream(photos.file(png.id()).orElseThrow().bytes()));
		assertThat(scaled.getWidth()).isEqualTo(1600);
		assertThat(photos.file(webp.id()).orElseThrow().contentType()).isIn("image/png", "image/jpeg");
	}

	@Test
	void aPhotoWhoseBytesAreMissing_isNotFound_insteadOfAnError() throws IOException {
		Long idea = draft("kees");
		PhotoView photo = photos.add(idea, "bank.jpg", jpeg(400, 300));
		String stored = storedName(photo);

		jdbc.update("delete from photo_content where name = ?", stored);

		assertThat(photos.file(photo.id())).isEmpty();
	}

	@Test
	void filesOfEarlierInstallations_moveIntoTheDatabase_andNoFileStaysBehind() throws IOException {
		Long idea = draft("kees");
		PhotoView photo = photos.add(idea, "bank.jpg", jpeg(400, 300));
		String stored = storedName(photo);
		byte[] bytes = photos.file(photo.id()).orElseThrow().bytes();
		// as an installation before this change kept it: a file, no row
		jdbc.update("delete from photo_content where name = ?", stored);
		Path directory = Files.createDirectories(properties.photoDirectory());
		Files.write(directory.resolve(stored), bytes);
		Files.write(directory.resolve("0b7e-orphan.jpg"), bytes);
		Files.write(directory.resolve("half-written.jpg"), new byte[] { (byte) 0xFF, (byte) 0xD8 });

		legacy.moveIntoTheDatabase();

		assertThat(photos.file(photo.id()).orElseThrow().bytes()).isEqualTo(bytes);
		try (var left = Files.list(directory)) {
			assertThat(left).isEmpty();
		}
	}

	@Test
	void fileThatIsNoPhoto_isRefusedByItsContent_notItsName() {
		Long idea = draft("kees");

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> photos.add(idea, "vakantie.jpg", "<script>alert(1)</script>".getBytes()))
			.satisfies(
					rejected -> assertThat(rejected.problems().getFirst().messageKey()).isEqualTo("photo.error.type"));
		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> photos.add(idea, "groot.jpg", new byte[PhotoProcessing.MAX_BYTES + 1]))
			.satisfies(rejected -> assertThat(rejected.problems().getFirst().messageKey())
				.isEqualTo("photo.error.tooLarge"));
		assertThat(photos.ownPhotos(idea)).isEmpty();
	}

	@Test
	void atMostThreePhotos_eachNeedsADescription_beforeSubmitting() throws IOException {
		Long idea = draft("fatima");
		PhotoView first = photos.add(idea, "a.jpg", jpeg(100, 100));
		photos.add(idea, "b.jpg", jpeg(100, 100));
		photos.add(idea, "c.jpg", jpeg(100, 100));
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> photos.add(idea, "d.jpg", jpeg(100, 100)));

		IdeaDraft content = ideas.ownDraft(idea).orElseThrow();
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> ideas.submit(idea, content))
			.satisfies(rejected -> assertThat(rejected.problems()).extracting(Rejection.Problem::messageKey)
				.contains("photo.error.altText"));

		photos.ownPhotos(idea).forEach(photo -> photos.describe(photo.id(), "Losse stoeptegels voor de flat"));
		photos.remove(first.id());
		assertThat(ideas.submit(idea, content).status()).isEqualTo(IdeaStatus.SUBMITTED);
		assertThat(photos.ownPhotos(idea)).hasSize(2);
	}

	@Test
	void photosOfAnUnpublishedIdea_areHiddenFromOthers() throws IOException {
		Long idea = draft("fatima");
		PhotoView photo = photos.add(idea, "a.png", png(20, 20));

		demo.signIn("kees");
		assertThat(photos.file(photo.id())).isEmpty();
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> photos.remove(photo.id()));
		SignIn.out();
		assertThat(photos.file(photo.id())).isEmpty();
		assertThat(photos.photos(idea)).isEmpty();
	}

	/** The name the photo's bytes are stored under. */
	private String storedName(PhotoView photo) {
		return jdbc.queryForObject("select stored_name from idea_photo where id = ?", String.class, photo.id());
	}

	private Long draft(String username) {
		demo.signIn(username);
		return ideas.save(null,
				new IdeaDraft("Losse stoeptegels bij de seniorenflat",
						"Bewoners met een rollator struikelen over de losse tegels voor de ingang.", PlaceKind.STREET,
						null, "", null, null));
	}

	private static byte[] jpeg(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg", out);
		return out.toByteArray();
	}

	private static byte[] png(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", out);
		return out.toByteArray();
	}

	/**
	 * Puts an APP1 (Exif) segment with a GPS tag name right after the JPEG's start
	 * marker.
	 */
	static byte[] withExifSegment(byte[] jpeg) {
		return OrientedJpegs.withApp1(jpeg, "Exif\0\0GPSLatitude 51.9132 N".getBytes(StandardCharsets.ISO_8859_1));
	}

}
