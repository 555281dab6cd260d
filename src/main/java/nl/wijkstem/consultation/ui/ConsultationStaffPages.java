package nl.wijkstem.consultation.ui;

import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.ui.AddressedSubjects;
import nl.wijkstem.base.ui.SubjectPages;
import nl.wijkstem.consultation.ConsultationAdminService;

/**
 * A consultation's editor as the page about it in the audit trail; and the staff pages
 * whose address names a consultation, which must exist (the editor may also go without
 * one, for a new consultation).
 */
@org.springframework.stereotype.Component
class ConsultationStaffPages implements SubjectPages, AddressedSubjects {

	private final ConsultationAdminService consultations;

	ConsultationStaffPages(ConsultationAdminService consultations) {
		this.consultations = consultations;
	}

	@Override
	public Optional<RouterLink> link(String subjectType, Long id, String text) {
		return SubjectPages.link("consultation", ConsultationEditorView.class, ConsultationEditorView.ID, subjectType,
				id, text);
	}

	@Override
	public Map<Class<? extends Component>, Predicate<RouteParameters>> checks() {
		Predicate<RouteParameters> named = AddressedSubjects.named(ConsultationEditorView.ID, consultations::exists);
		return Map.of(ConsultationEditorView.class,
				AddressedSubjects.namedIfAny(ConsultationEditorView.ID, consultations::exists),
				ConsultationPreviewView.class, named, CollectAnswersView.class, named);
	}

}
