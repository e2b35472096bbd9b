package io.keelson.boot.internal;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * Publishes how start-up goes as the properties of a status service, so the launcher (outside the
 * framework, sharing no classes with it) can show progress, the ready line, or the failure that
 * stopped a component. Properties: {@code keelson.status} starting|ready|failed,
 * {@code keelson.components} ("pid=STATE" strings), {@code keelson.failure} (message).
 */
@Component(immediate = true)
public class StartupMonitor {

    static final String STATUS = "keelson.status";

    private final ServiceComponentRuntime scr;
    private final ConfigApplier configs;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "keelson-startup-monitor");
        t.setDaemon(true);
        return t;
    });
    private final ServiceRegistration<Object> registration;
    private volatile Hashtable<String, Object> last = new Hashtable<>();

    @Activate
    public StartupMonitor(BundleContext context, @Reference ServiceComponentRuntime scr,
            @Reference ConfigApplier configs) {
        this.scr = scr;
        this.configs = configs;
        this.registration = context.registerService(Object.class, new Object(), status());
        timer.scheduleWithFixedDelay(this::refresh, 50, 50, TimeUnit.MILLISECONDS);
    }

    private void refresh() {
        Hashtable<String, Object> now = status();
        if (!now.equals(last)) {
            last = now;
            registration.setProperties(now);
        }
    }

    private Hashtable<String, Object> status() {
        StartupState state = StartupState.of(configs.pids(), scr.getComponentDescriptionDTOs(), scr::getComponentConfigurationDTOs);
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(STATUS, state.status());
        List<String> components = new ArrayList<>(state.components());
        props.put("keelson.components", components.toArray(String[]::new));
        if (state.failure() != null) {
            props.put("keelson.failure", state.failure());
        }
        return props;
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework is stopping and unregistered it first
        }
    }
}
