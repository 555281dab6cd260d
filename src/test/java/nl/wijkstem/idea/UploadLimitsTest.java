package nl.wijkstem.idea;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The caps on drafts and their photos, at their production values. */
@ApplicationTest
@TestPropertySource(
		properties = { "wijkstem.ideas.open-drafts-per-resident=10", "wijkstem.ideas.unsent-photos-per-resident=10" })
class UploadLimitsTest {

	@Autowired
	IdeaService ideas;

	@Autowired
	PhotoService photos;

	@Autowired
	IdeaRepository repository;

	@Autowired
	PhotoRepository photoRepository;

	@Autowired
	DemoUsers demo;

	@Test
	void eleventhDraft_isRefused_andNothingIsSaved() {
		demo.signIn("kees");
		Long kees = authorOf(ideas.save(null, draft()));
		while (repository.countByAuthorIdAndStatus(kees, IdeaStatus.DRAFT) < 10) {
			ideas.save(null, draft());
		}
		long before = repository.count();

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> ideas.save(null, draft()))
			.satisfies(rejected -> assertThat(rejected.problems().getFirst().messageKey())
				.isEqualTo("idea.error.tooManyDrafts"));
		assertThat(repository.count()).isEqualTo(before);
	}

	@Test
	void eleventhPhotoOverAllDrafts_isRefused_evenOnANewDraft() throws IOException {
		demo.signIn("fatima");
		byte[] jpeg = jpeg();
		String refusal = null;
		Long fatima = null;
		// three photos per draft, new drafts until the resident-wide cap stops it
		for (int drafts = 0; drafts < 10 && refusal == null; drafts++) {
			Long idea = ideas.save(null, draft());
			fatima = authorOf(idea);
			for (int photo = 0; photo < PhotoService.MAX_PHOTOS && refusal == null; photo++) {
				try {
					photos.add(idea, "foto.jpg", jpeg);
				}
				catch (Rejection rejected) {
					refusal = rejected.problems().getFirst().messageKey();
				}
			}
		}

		assertThat(refusal).isEqualTo("photo.error.tooManyInDrafts");
		assertThat(photoRepository.countByAuthor(fatima, List.of(IdeaStatus.DRAFT, IdeaStatus.CHANGES_REQUESTED)))
			.isEqualTo(10);
	}

	private Long authorOf(Long ideaId) {
		return repository.findById(ideaId).orElseThrow().getAuthorId();
	}

	private static IdeaDraft draft() {
		return new IdeaDraft("Losse stoeptegels bij de seniorenflat",
				"Bewoners met een rollator struikelen over de losse tegels voor de ingang.", PlaceKind.STREET, null, "",
				null, null);
	}

	private static byte[] jpeg() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB), "jpeg", out);
		return out.toByteArray();
	}

}
