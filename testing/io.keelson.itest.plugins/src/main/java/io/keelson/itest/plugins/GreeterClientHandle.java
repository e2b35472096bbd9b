package io.keelson.itest.plugins;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The consumer's GreeterClient service, called by reflection: the test bundle must not import the
 * test plugins' packages (they come and go through the plugins folder, the test bundle stays).
 */
final class GreeterClientHandle {

    static final String CLIENT = "io.keelson.test.greeter.consumer.GreeterClient";

    private final Object service;
    private final Method call;
    private final Method boundTo;

    private GreeterClientHandle(Object service, Class<?> type) throws NoSuchMethodException {
        this.service = service;
        this.call = type.getMethod("call", String.class);
        this.boundTo = type.getMethod("boundTo");
    }

    /** The registered GreeterClient, or null while there is none. */
    static GreeterClientHandle find(BundleContext context) throws Exception {
        ServiceReference<?> ref = context.getServiceReference(CLIENT);
        Object service = ref == null ? null : context.getService(ref);
        if (service == null) {
            return null;
        }
        // the interface as the consumer bundle sees it, so the Method fits the service object
        return new GreeterClientHandle(service, ref.getBundle().loadClass(CLIENT));
    }

    String call(String name) {
        return (String) invoke(call, name);
    }

    String boundTo() {
        return (String) invoke(boundTo);
    }

    private Object invoke(Method m, Object... args) {
        try {
            return m.invoke(service, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
