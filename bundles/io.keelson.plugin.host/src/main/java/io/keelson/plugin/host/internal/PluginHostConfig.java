package io.keelson.plugin.host.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Keelson plugin host")
public @interface PluginHostConfig {

    @AttributeDefinition(description = "Path of the Unix domain socket the keelson CLI talks to")
    String controlSocket();

    @AttributeDefinition(description = "The folder Felix fileinstall watches for plugin jars", required = false)
    String pluginsDir() default "";
}
