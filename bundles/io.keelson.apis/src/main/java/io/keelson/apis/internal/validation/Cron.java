package io.keelson.apis.internal.validation;

import java.util.Set;

/** The shape of a cron schedule, as robfig/cron's standard parser words its errors. */
final class Cron {
    private static final Set<String> DESCRIPTORS = Set.of("@yearly", "@annually", "@monthly", "@weekly", "@daily",
        "@midnight", "@hourly");

    private Cron() {
    }

    /** Null when the schedule parses; otherwise the parser's message. */
    static String problem(String schedule) {
        String s = schedule.trim();
        if (s.startsWith("TZ=") || s.startsWith("CRON_TZ=")) {
            return "cannot use TZ or CRON_TZ in schedule, use timeZone field instead";
        }
        if (s.startsWith("@")) {
            if (DESCRIPTORS.contains(s) || s.startsWith("@every ")) {
                return null;
            }
            return "unrecognized descriptor: " + s;
        }
        String[] fields = s.split("\\s+");
        if (fields.length != 5) {
            return "expected exactly 5 fields, found " + fields.length + ": [" + String.join(" ", fields) + "]";
        }
        for (String f : fields) {
            if (!f.matches("[0-9A-Za-z*?/,\\-]+")) {
                return "failed to parse int from " + f + ": strconv.Atoi: parsing \"" + f + "\": invalid syntax";
            }
        }
        return null;
    }
}
