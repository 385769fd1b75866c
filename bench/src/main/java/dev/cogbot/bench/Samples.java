package dev.cogbot.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/** Durations in nanoseconds, and their percentiles (nearest rank). */
final class Samples {

    private long[] values;
    private int size;

    Samples(int capacity) {
        values = new long[Math.max(1, capacity)];
    }

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    long get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return values[index];
    }

    int size() {
        return size;
    }

    /** The {@code p}-th percentile (0..100), nearest rank; 0 without samples. */
    long percentile(double p) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.min(size, Math.max(1, rank)) - 1];
    }

    long max() {
        return percentile(100);
    }

    double mean() {
        if (size == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[i];
        }
        return sum / size;
    }

    /** {@code p50 1.23  p90 …  p99 …  max …  mean …} in milliseconds. */
    String millis() {
        return String.format(Locale.ROOT, "p50 %7.2f  p90 %7.2f  p99 %7.2f  max %7.2f  mean %7.2f ms  (n=%,d)",
                ms(percentile(50)), ms(percentile(90)), ms(percentile(99)), ms(max()), ms((long) mean()), size);
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Total collections and milliseconds spent in them, over all collectors, since the JVM started. */
    static long[] gcCountAndMillis() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }
}
