package io.keelson.launcher;

import picocli.CommandLine.IVersionProvider;

/** The version from the launcher jar's manifest (Bundle-Version, written by bnd). */
public final class KeelsonVersion implements IVersionProvider {

    static String version() {
        String v = Keelson.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1.0-dev";
    }

    @Override
    public String[] getVersion() {
        return new String[] {"keelson " + version(), "java " + System.getProperty("java.version")};
    }
}
