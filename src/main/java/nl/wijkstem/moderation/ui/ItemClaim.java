package nl.wijkstem.moderation.ui;

import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import nl.wijkstem.account.StaffMember;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.base.ui.Focus;
import nl.wijkstem.moderation.bureau.ClaimService;
import nl.wijkstem.moderation.bureau.ClaimState;
import nl.wijkstem.moderation.bureau.ClaimTakenException;

/**
 * Who works on this item: take it ("Ik pak dit op"), let it go, or give it to a
 * colleague. A moderator who opens an item a colleague works on sees who and until when.
 */
public class ItemClaim extends Composite<Section> {

	private final ClaimService claims;

	private final Long ideaId;

	private final Paragraph status = new Paragraph();

	private final Div actions = new Div();

	public ItemClaim(ClaimService claims, Long ideaId) {
		this.claims = claims;
		this.ideaId = ideaId;
		Section section = getContent();
		section.addClassName("item-claim");
		status.addClassName("item-claim__status");
		// read out when someone takes, gives or lets go of the item
		status.getElement().setAttribute("role", "status");
		actions.addClassName("item-claim__actions");
		section.add(new H2(getTranslation("moderation.claim.title")), status, actions);
		show(claims.opened(ideaId));
	}

	private void show(Optional<ClaimState> claim) {
		actions.removeAll();
		status.removeClassName("notice");
		if (claim.isEmpty()) {
			status.setText(getTranslation("moderation.claim.nobody"));
			Button take = new Button(getTranslation("moderation.claim.take"),
					click -> act(() -> claims.claim(ideaId), "moderation.claim.taken"));
			take.addThemeVariants(ButtonVariant.PRIMARY);
			actions.add(take);
			actions.add(assign());
			return;
		}
		ClaimState state = claim.get();
		if (state.mine()) {
			status.setText(state.assignedByName().isEmpty() ? getTranslation("moderation.claim.mine", until(state))
					: getTranslation("moderation.claim.mineAssigned", state.assignedByName(), until(state)));
			actions.add(new Button(getTranslation("moderation.claim.release"), click -> release()));
			actions.add(assign());
			return;
		}
		status.addClassName("notice");
		status.setText(describe(state));
	}

	private Div assign() {
		Select<StaffMember> colleague = new Select<>();
		colleague.setLabel(getTranslation("moderation.claim.colleague"));
		colleague.setItems(claims.colleagues());
		colleague.setItemLabelGenerator(StaffMember::displayName);
		Button give = new Button(getTranslation("moderation.claim.assign"), click -> {
			if (colleague.getValue() == null) {
				colleague.setErrorMessage(getTranslation("moderation.claim.error.colleague"));
				colleague.setInvalid(true);
				return;
			}
			act(() -> claims.assign(ideaId, colleague.getValue().accountId()), "moderation.claim.assigned");
		});
		Div assign = new Div(colleague, give);
		assign.addClassName("item-claim__assign");
		return assign;
	}

	private void act(Supplier<ClaimState> action, String doneKey) {
		try {
			ClaimState state = action.get();
			Notification.show(getTranslation(doneKey, state.holderName()));
			show(Optional.of(state));
		}
		catch (ClaimTakenException taken) {
			Notification.show(getTranslation("moderation.claim.beaten", describe(taken.holder())), 6000,
					Notification.Position.MIDDLE);
			show(Optional.of(taken.holder()));
		}
		keepFocus();
	}

	private void release() {
		try {
			claims.release(ideaId);
			Notification.show(getTranslation("moderation.claim.released"));
			show(Optional.empty());
		}
		catch (ClaimTakenException taken) {
			show(Optional.of(taken.holder()));
		}
		keepFocus();
	}

	/**
	 * The buttons were drawn anew: the keyboard goes to the first new one (taking and
	 * letting go take turns there), or to the status when no action is left.
	 */
	private void keepFocus() {
		actions.getChildren()
			.filter(Button.class::isInstance)
			.findFirst()
			.ifPresentOrElse(Focus::on, () -> Focus.on(status));
	}

	private String describe(ClaimState state) {
		String name = state.holderName().isBlank() ? getTranslation("moderation.claim.someone") : state.holderName();
		return state.assignedByName().isEmpty()
				? getTranslation("moderation.claim.other", name, DisplayFormats.dateTime(state.since(), getLocale()),
						until(state))
				: getTranslation("moderation.claim.otherAssigned", name, state.assignedByName(), until(state));
	}

	private String until(ClaimState state) {
		return DisplayFormats.dateTime(state.until(), getLocale());
	}

}
