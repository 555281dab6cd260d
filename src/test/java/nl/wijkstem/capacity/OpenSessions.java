package nl.wijkstem.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The Vaadin sessions the server holds, so a benchmark can count their UIs and state
 * nodes and end them. Test code only: the application itself has no such list.
 */
@TestConfiguration(proxyBeanMethods = false)
class OpenSessions {

	private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();

	@Bean
	VaadinServiceInitListener trackSessions() {
		return event -> {
			event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
			event.getSource().addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
		};
	}

	int count() {
		return sessions.size();
	}

	/** Per UI of every session: how many state nodes its tree holds. */
	List<Integer> nodesPerUi() {
		List<Integer> counts = new ArrayList<>();
		for (VaadinSession session : List.copyOf(sessions)) {
			session.accessSynchronously(() -> {
				for (UI ui : session.getUIs()) {
					int[] nodes = { 0 };
					ui.getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes[0]++);
					counts.add(nodes[0]);
				}
			});
		}
		return counts;
	}

	/** Ends every session (its HTTP session too), as a time-out would. */
	void closeAll() {
		for (VaadinSession session : List.copyOf(sessions)) {
			try {
				session.accessSynchronously(() -> session.getSession().invalidate());
			}
			catch (IllegalStateException alreadyGone) {
				// invalidated meanwhile
			}
			sessions.remove(session);
		}
	}

}
