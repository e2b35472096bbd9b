package io.keelson.benchmarks.api;

import java.util.Locale;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latencies in nanoseconds (HdrHistogram, 3 significant digits), recorded from any thread. */
public final class Latency {

    private final Histogram histogram = new ConcurrentHistogram(3);

    public void record(long nanos) {
        histogram.recordValue(Math.max(0, nanos));
    }

    public long count() {
        return histogram.getTotalCount();
    }

    public double p(double percentile) {
        return count() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1e6;
    }

    public double max() {
        return count() == 0 ? Double.NaN : histogram.getMaxValue() / 1e6;
    }

    /** Milliseconds with precision that suits their size. */
    public static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "–";
        }
        return millis < 10 ? String.format(Locale.ROOT, "%.2f", millis)
                : millis < 100 ? String.format(Locale.ROOT, "%.1f", millis) : String.format(Locale.ROOT, "%,.0f", millis);
    }

    /** A ratio of two figures, "–" when either is missing. */
    public static String ratio(double api, double store) {
        if (Double.isNaN(api) || Double.isNaN(store) || store == 0) {
            return "–";
        }
        double r = api / store;
        return r < 10 ? String.format(Locale.ROOT, "%.1f", r) : String.format(Locale.ROOT, "%,.0f", r);
    }
}
