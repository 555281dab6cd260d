package nl.wijkstem.consultation.ui;

import nl.wijkstem.base.PrivateImages;
import nl.wijkstem.consultation.ConsultationAdminService;

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
			.map(file -> PrivateImages.inline(file.contentType(), file.bytes()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
