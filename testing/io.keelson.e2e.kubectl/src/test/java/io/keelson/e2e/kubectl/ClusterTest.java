package io.keelson.e2e.kubectl;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class that runs against one started {@link Cluster}: {@code k}, started in a temp dir of its
 * own before the class's first test and closed after its last. Test classes run one after another, so
 * the one static field serves each in turn.
 */
abstract class ClusterTest {

    @TempDir
    static Path dir;
    static Cluster k;

    @BeforeAll
    static void startCluster() throws Exception {
        k = new Cluster(dir);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (k != null) {
            k.close();
            k = null;
        }
    }
}
