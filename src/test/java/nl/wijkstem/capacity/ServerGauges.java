package nl.wijkstem.capacity;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

import com.sun.management.OperatingSystemMXBean;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

/**
 * Samples, once a second, what the server uses while the residents act: CPU (this JVM,
 * which also runs the simulated browsers, and the whole machine), heap, the time spent in
 * garbage collection and the database connection pool.
 */
final class ServerGauges implements AutoCloseable {

	private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

	private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();

	private final HikariDataSource dataSource;

	private final Thread sampler;

	private volatile Window window = new Window();

	private volatile boolean running = true;

	ServerGauges(HikariDataSource dataSource) {
		this.dataSource = dataSource;
		this.sampler = Thread.ofPlatform().daemon().name("server-gauges").start(this::sample);
	}

	/** Starts a new window and returns the one that ends. */
	Window next() {
		Window ended = window;
		ended.end(gcMillis());
		Window started = new Window();
		started.gcAtStart = gcMillis();
		window = started;
		return ended;
	}

	int poolSize() {
		return dataSource.getMaximumPoolSize();
	}

	private void sample() {
		while (running) {
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException ex) {
				return;
			}
			HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
			window.add(os.getProcessCpuLoad(), os.getCpuLoad(),
					ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), liveHeapAfterLastGc(),
					pool == null ? 0 : pool.getActiveConnections(),
					pool == null ? 0 : pool.getThreadsAwaitingConnection());
		}
	}

	private long gcMillis() {
		return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
	}

	/** The heap's old generation after the last collection of it: the retained data. */
	static long liveHeapAfterLastGc() {
		long used = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null
					&& pool.getName().contains("Old")) {
				used += pool.getCollectionUsage().getUsed();
			}
		}
		return used;
	}

	@Override
	public void close() {
		running = false;
		sampler.interrupt();
	}

	static final class Window {

		private final long started = System.nanoTime();

		long gcAtStart;

		private double gcShare;

		private int samples;

		private double processCpu;

		private double machineCpu;

		private double maxProcessCpu;

		private double heap;

		private long maxHeap;

		private long liveHeap;

		private double activeConnections;

		private int maxActiveConnections;

		private int maxWaiting;

		synchronized void add(double process, double machine, long heapUsed, long live, int active, int waiting) {
			samples++;
			processCpu += process;
			machineCpu += machine;
			maxProcessCpu = Math.max(maxProcessCpu, process);
			heap += heapUsed;
			maxHeap = Math.max(maxHeap, heapUsed);
			liveHeap = live;
			activeConnections += active;
			maxActiveConnections = Math.max(maxActiveConnections, active);
			maxWaiting = Math.max(maxWaiting, waiting);
		}

		synchronized void end(long gcMillis) {
			double seconds = (System.nanoTime() - started) / 1e9;
			gcShare = seconds > 0 ? (gcMillis - gcAtStart) / 1000.0 / seconds : 0;
		}

		synchronized double processCpu() {
			return samples == 0 ? 0 : processCpu / samples;
		}

		synchronized double machineCpu() {
			return samples == 0 ? 0 : machineCpu / samples;
		}

		synchronized double maxProcessCpu() {
			return maxProcessCpu;
		}

		synchronized double meanHeapMb() {
			return samples == 0 ? 0 : heap / samples / 1024 / 1024;
		}

		synchronized double maxHeapMb() {
			return maxHeap / 1024.0 / 1024;
		}

		synchronized double liveHeapMb() {
			return liveHeap / 1024.0 / 1024;
		}

		synchronized double gcShare() {
			return gcShare;
		}

		synchronized double meanActiveConnections() {
			return samples == 0 ? 0 : activeConnections / samples;
		}

		synchronized int maxActiveConnections() {
			return maxActiveConnections;
		}

		synchronized int maxWaitingForConnection() {
			return maxWaiting;
		}

	}

}
