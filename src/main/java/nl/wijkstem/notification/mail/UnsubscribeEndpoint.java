package nl.wijkstem.notification.mail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.Controller;

/**
 * One-click unsubscribe (RFC 8058): a mail program that offers "unsubscribe" posts
 * {@code List-Unsubscribe=One-Click} to the address in the mail's
 * {@code List-Unsubscribe} header, without a session and without a person looking at a
 * page. The signed token is the authorisation (so this path is exempt from CSRF in the
 * security configuration); the answer is an empty 200, or 404 for a token that is not
 * good, with nothing in it for a prober to learn.
 * <p>
 * The footer link is the same address, opened in a browser: that GET is the Vaadin view
 * {@code UnsubscribeView}, which asks before it stops anything. Spring MVC answers a GET
 * to a path it maps only for POST with 405 before Vaadin's catch-all mapping is asked, so
 * the GET is mapped here too and handed to Vaadin's servlet, as Vaadin's own forwarding
 * controller does for every other page.
 */
@RestController
class UnsubscribeEndpoint {

	static final String ONE_CLICK_FIELD = "List-Unsubscribe";

	static final String ONE_CLICK_VALUE = "One-Click";

	private final Unsubscribes unsubscribes;

	private final Controller vaadin;

	UnsubscribeEndpoint(Unsubscribes unsubscribes, @Qualifier("vaadinForwardingController") Controller vaadin) {
		this.unsubscribes = unsubscribes;
		this.vaadin = vaadin;
	}

	@PostMapping("/" + Unsubscribes.PATH + "{token}")
	ResponseEntity<Void> oneClick(@PathVariable("token") String token,
			@RequestParam(name = ONE_CLICK_FIELD, required = false) String oneClick) {
		if (!ONE_CLICK_VALUE.equals(oneClick)) {
			return ResponseEntity.badRequest().build();
		}
		return unsubscribes.unsubscribe(token) ? ResponseEntity.ok().build() : ResponseEntity.notFound().build();
	}

	@GetMapping("/" + Unsubscribes.PATH + "{token}")
	void page(HttpServletRequest request, HttpServletResponse response) throws Exception {
		vaadin.handleRequest(request, response);
	}

}
