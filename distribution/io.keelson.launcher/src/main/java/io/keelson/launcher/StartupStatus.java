package io.keelson.launcher;

import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Start-up as io.keelson.boot publishes it: the properties of its status service (no classes are
 * shared with the framework, only service properties).
 */
record StartupStatus(String status, List<String> components, String failure) {

    static final StartupStatus UNKNOWN = new StartupStatus("starting", List.of(), null);

    static StartupStatus read(BundleContext context) {
        ServiceReference<?> ref = first(context, "(keelson.status=*)");
        if (ref == null) {
            return UNKNOWN;
        }
        Object components = ref.getProperty("keelson.components");
        return new StartupStatus((String) ref.getProperty("keelson.status"),
                components instanceof String[] a ? List.of(a) : List.of(),
                (String) ref.getProperty("keelson.failure"));
    }

    /** A property of the first service registered under {@code objectClass} (e.g. the API server's URL), or null. */
    static String serviceProperty(BundleContext context, String objectClass, String property) {
        ServiceReference<?> ref = first(context, "(&(objectClass=" + objectClass + ")(" + property + "=*))");
        return ref == null ? null : String.valueOf(ref.getProperty(property));
    }

    private static ServiceReference<?> first(BundleContext context, String filter) {
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, filter);
            return refs == null || refs.length == 0 ? null : refs[0];
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(filter, e);
        }
    }

    boolean ready() {
        return "ready".equals(status);
    }

    boolean failed() {
        return "failed".equals(status);
    }
}
