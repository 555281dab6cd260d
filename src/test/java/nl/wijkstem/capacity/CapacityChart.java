package nl.wijkstem.capacity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The load test's chart for docs/capacity.md: UIDL round trip against concurrent
 * residents.
 */
final class CapacityChart {

	private CapacityChart() {
	}

	static void write(List<ResidentsLoadBenchmarkTest.Step> steps, Path png) throws IOException {
		if (steps.isEmpty()) {
			return;
		}
		double[] residents = steps.stream().mapToDouble(ResidentsLoadBenchmarkTest.Step::residents).toArray();
		double[] p95 = steps.stream().mapToDouble(step -> Math.max(1, step.p95())).toArray();
		double[] p50 = steps.stream().mapToDouble(step -> Math.max(1, step.p50())).toArray();
		XYChart chart = new XYChartBuilder().width(900)
			.height(520)
			.title("Wijkstem: UIDL round trip against concurrent residents (one node, 2 cores)")
			.xAxisTitle("concurrent residents (signed in, think time between clicks)")
			.yAxisTitle("round trip, ms (log scale)")
			.build();
		chart.getStyler().setYAxisLogarithmic(true);
		chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
		chart.addSeries("p95", residents, p95).setMarker(SeriesMarkers.CIRCLE);
		chart.addSeries("p50", residents, p50).setMarker(SeriesMarkers.DIAMOND);
		chart
			.addSeries("target: p95 300 ms", new double[] { residents[0], residents[residents.length - 1] },
					new double[] { ResidentsLoadBenchmarkTest.TARGET_P95_MS, ResidentsLoadBenchmarkTest.TARGET_P95_MS })
			.setMarker(SeriesMarkers.NONE);
		Files.createDirectories(png.toAbsolutePath().getParent());
		// XChart adds the extension itself
		BitmapEncoder.saveBitmap(chart, png.toString().replaceFirst("\\.png$", ""), BitmapEncoder.BitmapFormat.PNG);
	}

}
