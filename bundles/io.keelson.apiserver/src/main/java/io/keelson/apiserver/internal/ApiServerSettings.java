package io.keelson.apiserver.internal;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How an API server runs.
 *
 * @param dataDir          holds {@code pki/} and {@code kubeconfig}
 * @param bindAddress      the address to listen on
 * @param securePort       the HTTPS port; 0 picks a free one
 * @param insecurePort     the plain HTTP port (no authentication!); -1 is off, 0 picks a free one
 * @param bookmarkInterval how often a watch that allows bookmarks gets one
 * @param watchTimeout     the minimum watch duration when the client sets none (randomised up to twice it)
 * @param watchWindow      changes each type's watch cache keeps: how far back a watch may start
 * @param watcherBacklog   changes a watcher may fall behind before it is cut off (its client re-watches)
 */
public record ApiServerSettings(Path dataDir, String bindAddress, int securePort, int insecurePort, Duration bookmarkInterval,
        Duration watchTimeout, int watchWindow, int watcherBacklog) {

    public static ApiServerSettings defaults(Path dataDir) {
        return new ApiServerSettings(dataDir, "127.0.0.1", 6443, -1, Duration.ofMinutes(1), Duration.ofMinutes(30), 1024, 10_000);
    }

    public ApiServerSettings withPorts(int secure, int insecure) {
        return new ApiServerSettings(dataDir, bindAddress, secure, insecure, bookmarkInterval, watchTimeout, watchWindow, watcherBacklog);
    }

    public ApiServerSettings withBindAddress(String address) {
        return new ApiServerSettings(dataDir, address, securePort, insecurePort, bookmarkInterval, watchTimeout, watchWindow, watcherBacklog);
    }

    public ApiServerSettings withBookmarkInterval(Duration interval) {
        return new ApiServerSettings(dataDir, bindAddress, securePort, insecurePort, interval, watchTimeout, watchWindow, watcherBacklog);
    }

    public ApiServerSettings withWatchLimits(int window, int backlog) {
        return new ApiServerSettings(dataDir, bindAddress, securePort, insecurePort, bookmarkInterval, watchTimeout, window, backlog);
    }
}
