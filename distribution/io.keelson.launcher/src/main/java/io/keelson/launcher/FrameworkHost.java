package io.keelson.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/** The Felix framework of one server run: its properties, its run bundles. */
final class FrameworkHost {

    private final Framework framework;
    private final List<Bundle> installed = new ArrayList<>();

    FrameworkHost(DataDir dir, Path pluginsDir) {
        // slf4j-api (Jetty's logging) loads this provider by name, through the import that the
        // io.keelson.slf4j.provider fragment gives it: no service-loader mediator (SPI Fly) weaving
        // slf4j-api and Jetty at start-up; and no "SLF4J(I): Attempting to load provider" on stderr
        System.getProperties().putIfAbsent("slf4j.provider", "org.slf4j.jul.JULServiceProvider");
        System.getProperties().putIfAbsent("slf4j.internal.verbosity", "WARN");
        Map<String, String> props = new HashMap<>();
        props.put(Constants.FRAMEWORK_STORAGE, dir.frameworkCache().toString());
        // the run bundles are installed fresh each start, so a rebuilt distribution is always what runs
        props.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        props.put("felix.log.level", "1");
        props.put("ds.loglevel", "warn");
        props.put("felix.fileinstall.dir", pluginsDir.toString());
        props.put("felix.fileinstall.poll", "500");
        props.put("felix.fileinstall.noInitialDelay", "true");
        props.put("felix.fileinstall.enableConfigSave", "false");
        props.put("felix.fileinstall.log.level", "2");
        props.put("keelson.config.dir", dir.configDir().toString());
        props.put("keelson.data.dir", dir.root().toString());
        this.framework = new FrameworkFactory().newFramework(props);
    }

    Framework framework() {
        return framework;
    }

    /** Initializes the framework and installs the bundles; returns their symbolic names. */
    Set<String> install(List<Path> bundles) {
        try {
            framework.init();
            for (Path jar : bundles) {
                installed.add(framework.getBundleContext().installBundle(jar.toUri().toString()));
            }
        } catch (BundleException e) {
            throw new LauncherException("cannot install the run bundles: " + e.getMessage(), e);
        }
        Set<String> names = new TreeSet<>();
        installed.forEach(b -> names.add(b.getSymbolicName()));
        return names;
    }

    void start() {
        try {
            framework.start();
            // the log service, extenders (SCR), service-loader providers, then the rest:
            // a library that looks for a provider on first use then finds it
            List<Bundle> order = new ArrayList<>(installed);
            order.sort(java.util.Comparator.comparingInt(FrameworkHost::startRank));
            for (Bundle b : order) {
                if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                    b.start();
                }
            }
        } catch (BundleException e) {
            throw new LauncherException("a run bundle failed to start: " + e.getMessage(), e);
        }
    }

    private static int startRank(Bundle b) {
        String provides = b.getHeaders().get(Constants.PROVIDE_CAPABILITY);
        if (provides == null) {
            return 3;
        }
        if (provides.contains("org.osgi.service.log.LogService")) {
            return 0; // so SCR's first messages already go to the log service, not stdout
        }
        return provides.contains("osgi.extender") ? 1 : provides.contains("osgi.serviceloader") ? 2 : 3;
    }

    int bundleCount() {
        return framework.getBundleContext().getBundles().length;
    }

    void stop() {
        try {
            framework.stop();
            framework.waitForStop(30_000);
        } catch (BundleException | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void ensureDir(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LauncherException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }
}
