package io.keelson.benchmarks.api;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/** Stop-the-world GC pauses of this JVM since the last {@link #take()} (explicit System.gc() calls, our heap probes, left out). */
final class GcPauses {

    /** Count, longest and total pause in microseconds. */
    record Stats(long count, long maxMicros, long totalMicros) {
        static Stats parse(String line) {
            String[] f = line.trim().split(" ");
            return new Stats(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]));
        }

        String line() {
            return count + " " + maxMicros + " " + totalMicros;
        }
    }

    private final AtomicLong count = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong max = new AtomicLong();

    GcPauses() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, hb) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                if (info.getGcName().contains("Concurrent") || info.getGcCause().equals("System.gc()")) {
                    return; // concurrent cycles do not stop the application
                }
                long micros = info.getGcInfo().getDuration() * 1000;
                count.incrementAndGet();
                total.addAndGet(micros);
                max.accumulateAndGet(micros, Math::max);
            }, null, null);
        }
    }

    synchronized Stats take() {
        return new Stats(count.getAndSet(0), max.getAndSet(0), total.getAndSet(0));
    }
}
