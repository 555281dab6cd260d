package nl.wijkstem.idea.ui;

import java.util.Map;
import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import nl.wijkstem.base.ui.AddressedSubjects;
import nl.wijkstem.idea.PublicIdeaService;

/** An idea page's address names an idea that must be there for the viewer. */
@org.springframework.stereotype.Component
class PublicIdeaPages implements AddressedSubjects {

	private final PublicIdeaService ideas;

	PublicIdeaPages(PublicIdeaService ideas) {
		this.ideas = ideas;
	}

	@Override
	public Map<Class<? extends Component>, Predicate<RouteParameters>> checks() {
		return Map.of(IdeaView.class, AddressedSubjects.named(IdeaView.ID_PARAMETER, ideas::visible));
	}

}
