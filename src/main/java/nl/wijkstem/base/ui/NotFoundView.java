package nl.wijkstem.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that does not exist, or one this person may not see: the same answer, so the
 * page does not reveal what exists behind a role.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends MessageView implements HasErrorParameter<NotFoundException> {

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		show("notFound.title", getTranslation("notFound.text"));
		return HttpServletResponse.SC_NOT_FOUND;
	}

}
