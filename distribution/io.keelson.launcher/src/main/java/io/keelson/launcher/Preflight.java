package io.keelson.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Checks before anything starts, so a taken port or an absent etcd is one clear line, not a stack trace. */
final class Preflight {

    private Preflight() {
    }

    static void check(UpCommand up) {
        portFree(up.bindAddress, up.port, "--port");
        if (up.insecurePort >= 0) {
            portFree(up.bindAddress, up.insecurePort, "--insecure-port");
        }
        if (up.store == UpCommand.StoreKind.etcd) {
            etcdReachable(up.etcdEndpoints);
        }
    }

    static void portFree(String address, int port, String flag) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), port));
        } catch (IOException e) {
            throw new LauncherException("port " + port + " on " + address + " is in use (" + e.getMessage()
                    + "): stop what listens there, or pass " + flag + " N");
        }
    }

    static void etcdReachable(List<String> endpoints) {
        List<String> down = new ArrayList<>();
        for (String endpoint : endpoints) {
            URI uri;
            try {
                uri = URI.create(endpoint.trim());
            } catch (IllegalArgumentException e) {
                throw new LauncherException("--etcd-endpoints: '" + endpoint + "' is not a URL (like http://127.0.0.1:2379)");
            }
            if (uri.getHost() == null || uri.getPort() < 0) {
                throw new LauncherException("--etcd-endpoints: '" + endpoint + "' needs a host and a port (like http://127.0.0.1:2379)");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 2000);
            } catch (IOException e) {
                down.add(endpoint);
            }
        }
        if (down.size() == endpoints.size()) {
            throw new LauncherException("etcd is not reachable at " + String.join(",", down)
                    + ": start etcd (Debian package etcd-server) or pass --etcd-endpoints URL,..., or use the embedded store (--store sqlite)");
        }
    }
}
