package io.keelson.launcher;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreflightTest {

    @Test
    void aPortInUseNamesThePortAndTheFlag() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> Preflight.portFree("127.0.0.1", taken.getLocalPort(), "--port"))
                    .isInstanceOf(LauncherException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " on 127.0.0.1 is in use")
                    .hasMessageContaining("--port N");
        }
    }

    @Test
    void anUnreachableEtcdSaysHowToFixIt() throws Exception {
        int free;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + free;
        assertThatThrownBy(() -> Preflight.etcdReachable(List.of(url)))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("etcd is not reachable at " + url)
                .hasMessageContaining("--etcd-endpoints");
    }

    @Test
    void aMalformedEndpointIsNamed() {
        assertThatThrownBy(() -> Preflight.etcdReachable(List.of("localhost")))
                .isInstanceOf(LauncherException.class).hasMessageContaining("'localhost' needs a host and a port");
    }
}
