package io.keelson.apis.internal.validation;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.keelson.apis.internal.meta.Errors;
import java.util.ArrayList;
import java.util.List;

/** Port numbers and IANA port names (util/validation IsValidPortNum, IsValidPortName). */
final class Ports {
    static final String RANGE = "must be between 1 and 65535, inclusive";

    private Ports() {
    }

    static List<String> portName(String port) {
        List<String> errs = new ArrayList<>();
        if (port.length() > 15) {
            errs.add("must be no more than 15 characters");
        }
        if (!port.matches("[-a-z0-9]+")) {
            errs.add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
        }
        if (!port.matches(".*[a-z].*")) {
            errs.add("must contain at least one letter (a-z)");
        }
        if (port.contains("--")) {
            errs.add("must not contain consecutive hyphens");
        }
        if (!port.isEmpty() && (port.startsWith("-") || port.endsWith("-"))) {
            errs.add("must not begin or end with a hyphen");
        }
        return errs;
    }

    /** ValidatePortNumOrName: a number in range or a valid port name. */
    static void numOrName(IntOrString value, String path, Errors errs) {
        if (value == null || value.getValue() == null) {
            errs.invalid(path, 0, RANGE);
            return;
        }
        if (value.getValue() instanceof Integer n) {
            if (n < 1 || n > 65535) {
                errs.invalid(path, n, RANGE);
            }
        } else {
            String s = String.valueOf(value.getValue());
            errs.invalidEach(path, s, portName(s));
        }
    }
}
