package nl.wijkstem.consultation.ui;

import java.time.Duration;

import nl.wijkstem.consultation.ConsultationAdminService;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves questions' images. Whether the visitor may see one is decided per request by the
 * service: the image of a draft does not exist for anyone but staff.
 */
@RestController
class QuestionImageEndpoint {

	private final ConsultationAdminService consultations;

	QuestionImageEndpoint(ConsultationAdminService consultations) {
		this.consultations = consultations;
	}

	@GetMapping(QuestionImages.PATH + "{id:[0-9]{1,18}}")
	ResponseEntity<byte[]> image(@PathVariable("id") Long id) {
		return consultations.image(id)
			.map(file -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(file.contentType()))
				// private: a draft's image must not stay in a shared cache
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
				.body(file.bytes()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
