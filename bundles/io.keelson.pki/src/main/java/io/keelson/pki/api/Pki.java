package io.keelson.pki.api;

import io.keelson.pki.internal.FileClusterPki;
import java.nio.file.Path;

/** Opens a cluster PKI directory, creating the CA on first use. */
public final class Pki {

    private Pki() {
    }

    /** The PKI kept in {@code directory}; makes the CA (and directory) when absent. */
    public static ClusterPki open(Path directory) {
        return FileClusterPki.open(directory);
    }
}
