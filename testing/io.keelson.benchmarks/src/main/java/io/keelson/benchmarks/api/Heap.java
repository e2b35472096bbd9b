package io.keelson.benchmarks.api;

import java.lang.management.ManagementFactory;

/** Used heap of this JVM after full collections (the API server runs in it), from the MemoryMXBean. */
final class Heap {

    private Heap() {
    }

    /** The least used heap over three collections, in bytes. */
    static long usedAfterGc() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
