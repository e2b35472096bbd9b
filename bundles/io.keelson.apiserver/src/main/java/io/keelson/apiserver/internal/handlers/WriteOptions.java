package io.keelson.apiserver.internal.handlers;

import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.errors.Errors.Cause;
import io.keelson.apiserver.internal.http.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The query options of a write besides its body ({@code CreateOptions}, {@code UpdateOptions},
 * {@code PatchOptions}): dry run, field validation, field manager and force, checked as Kubernetes does.
 *
 * @param manager  the field manager: {@code fieldManager}, else the user agent's first segment ("kubectl")
 * @param warnings takes the text of each {@code Warning} header to send (unknown fields under Warn)
 */
public record WriteOptions(boolean dryRun, String fieldValidation, String manager, boolean force, Consumer<String> warnings) {

    private static final int MAX_MANAGER = 128;

    /** {@code kind} is CreateOptions, UpdateOptions or PatchOptions; {@code apply} marks a server-side apply. */
    public static WriteOptions of(Exchange ex, String kind, boolean apply) {
        String manager = ex.query("fieldManager");
        String force = ex.query("force");
        List<Cause> causes = new ArrayList<>();
        if (!apply && force != null) {
            causes.add(new Cause("FieldValueForbidden", "force", "Forbidden: may not be specified for non-apply patch"));
        }
        if (apply && (manager == null || manager.isEmpty())) {
            causes.add(new Cause("FieldValueRequired", "fieldManager", "Required value: is required for apply patch"));
        }
        if (manager != null && manager.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_MANAGER) {
            causes.add(new Cause("FieldValueTooLong", "fieldManager", "Too long: may not be more than " + MAX_MANAGER + " bytes"));
        }
        if (manager != null) {
            for (int i = 0; i < manager.length(); i++) {
                char c = manager.charAt(i);
                if (Character.isISOControl(c) || !Character.isDefined(c)) {
                    causes.add(new Cause("FieldValueInvalid", "fieldManager", "Invalid value: \"" + manager.replace("\"", "\\\"")
                            + "\": invalid character " + String.format("U+%04X", (int) c) + " (at position " + i + ")"));
                    break;
                }
            }
        }
        String validation = ex.query("fieldValidation");
        if (validation != null && !validation.isEmpty() && !List.of("Ignore", "Warn", "Strict").contains(validation)) {
            causes.add(new Cause("FieldValueNotSupported", "fieldValidation", "Unsupported value: \"" + validation
                    + "\": supported values: \"Ignore\", \"Strict\", \"Warn\""));
        }
        if (!causes.isEmpty()) {
            throw Errors.invalid(kind, "meta.k8s.io", "", causes);
        }
        boolean dryRun = DryRun.requested(ex, kind);
        if (manager == null || manager.isEmpty()) {
            manager = fromUserAgent(ex.header("User-Agent"));
        }
        return new WriteOptions(dryRun, validation, manager, apply && Exchange.flag(force), ex::warning);
    }

    /** Kubernetes' default manager: the user agent up to its first "/" (at most 128 characters). */
    static String fromUserAgent(String userAgent) {
        String ua = userAgent == null ? "" : userAgent;
        int slash = ua.indexOf('/');
        String prefix = slash < 0 ? ua : ua.substring(0, slash);
        return prefix.length() > MAX_MANAGER ? prefix.substring(0, MAX_MANAGER) : prefix;
    }
}
