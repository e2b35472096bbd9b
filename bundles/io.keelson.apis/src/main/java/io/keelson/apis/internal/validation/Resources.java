package io.keelson.apis.internal.validation;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.keelson.apis.internal.meta.Errors;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** Container resource requirements: non-negative quantities, requests within limits. */
final class Resources {
    private Resources() {
    }

    static void validate(ResourceRequirements r, String path, Errors errs) {
        if (r == null) {
            return;
        }
        Map<String, Quantity> limits = r.getLimits() == null ? Map.of() : new TreeMap<>(r.getLimits());
        Map<String, Quantity> requests = r.getRequests() == null ? Map.of() : new TreeMap<>(r.getRequests());
        limits.forEach((name, q) -> nonNegative(q, path + ".limits[" + name + "]", errs));
        requests.forEach((name, q) -> {
            nonNegative(q, path + ".requests[" + name + "]", errs);
            Quantity limit = limits.get(name);
            if (limit != null && q != null && amount(q).compareTo(amount(limit)) > 0) {
                errs.invalid(path + ".requests", text(q), "must be less than or equal to " + name + " limit of "
                    + text(limit));
            }
        });
    }

    private static void nonNegative(Quantity q, String path, Errors errs) {
        if (q != null && amount(q).signum() < 0) {
            errs.invalid(path, text(q), "must be greater than or equal to 0");
        }
    }

    static String text(Quantity q) {
        return (q.getAmount() == null ? "" : q.getAmount()) + (q.getFormat() == null ? "" : q.getFormat());
    }

    static BigDecimal amount(Quantity q) {
        try {
            return q.getNumericalAmount();
        } catch (RuntimeException e) {
            return BigDecimal.ZERO;
        }
    }
}
