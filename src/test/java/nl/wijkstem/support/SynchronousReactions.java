package nl.wijkstem.support;

import java.util.concurrent.Executor;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * Reactions after commit ({@code @ApplicationModuleListener}) run on the thread of the
 * action in tests, so a test sees a notice or a search hit as soon as the action
 * returned. They still run after the commit, in a transaction of their own, and through
 * the event publication registry; only the thread differs from production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SynchronousReactions implements AsyncConfigurer {

	@Override
	public Executor getAsyncExecutor() {
		return new SyncTaskExecutor();
	}

}
