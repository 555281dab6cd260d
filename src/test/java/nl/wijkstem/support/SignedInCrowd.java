package nl.wijkstem.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * People who act at the same moment, each on a thread signed in as that person: the
 * benchmarks' way of making a crowd.
 */
public final class SignedInCrowd {

	/** What one person of the crowd does; the index is the person's place in the list. */
	public interface Work {

		Object run(int person) throws Exception;

	}

	private SignedInCrowd() {
	}

	/**
	 * Runs the work for every person on a pool of the given size, releases all of them at
	 * once and waits until the last one is done.
	 * @return the seconds from the release until the last one was done
	 */
	public static double secondsUntilAllDone(List<Authentication> people, int threads, Work work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Object>> done = new ArrayList<>();
			for (int i = 0; i < people.size(); i++) {
				int person = i;
				Callable<Object> task = () -> {
					start.await();
					SecurityContextHolder.getContext().setAuthentication(people.get(person));
					try {
						return work.run(person);
					}
					finally {
						SecurityContextHolder.clearContext();
					}
				};
				done.add(pool.submit(task));
			}
			long begin = System.nanoTime();
			start.countDown();
			for (Future<Object> future : done) {
				future.get(10, TimeUnit.MINUTES);
			}
			return (System.nanoTime() - begin) / 1e9;
		}
		finally {
			pool.shutdown();
		}
	}

}
