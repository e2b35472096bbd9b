package io.keelson.test.greeter.high.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.keelson.test.greeter.api.Greeter;

/**
 * Greeter with `service.ranking` 100. Configurable under PID {@value #PID}: `prefix` and
 * `delayMillis` (each greet() sleeps that long, so calls are in flight while the bundle is swapped).
 */
@Component(name = HighGreeter.PID, property = "service.ranking:Integer=100")
@Designate(ocd = HighGreeter.Config.class)
public class HighGreeter implements Greeter {

    static final String PID = "io.keelson.test.greeter.high";

    @ObjectClassDefinition(name = "high greeter")
    public @interface Config {
        @AttributeDefinition(description = "The greeting word")
        String prefix() default "Hello";

        @AttributeDefinition(description = "How long each greet() takes, in milliseconds")
        long delayMillis() default 2;
    }

    private volatile Config config;

    @Activate
    public HighGreeter(Config config) {
        this.config = config;
    }

    @Modified
    void modified(Config config) {
        this.config = config; // in place: reconfiguring must not unregister the service
    }

    @Override
    public String greet(String name) {
        Config c = config;
        if (c.delayMillis() > 0) {
            try {
                Thread.sleep(c.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return "high: " + c.prefix() + ", " + name + "!";
    }
}
