package io.keelson.apis.internal.validation;

import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.keelson.apis.internal.meta.Errors;
import java.util.List;

/** Role and ClusterRole rules, as pkg/apis/rbac/validation's ValidatePolicyRule checks them. */
final class RbacValidation {
    private RbacValidation() {
    }

    static void rules(List<PolicyRule> rules, boolean namespaced, Errors errs) {
        if (rules == null) {
            return;
        }
        for (int i = 0; i < rules.size(); i++) {
            PolicyRule rule = rules.get(i);
            rule(rule == null ? new PolicyRule() : rule, namespaced, "rules[" + i + "]", errs);
        }
    }

    private static void rule(PolicyRule rule, boolean namespaced, String path, Errors errs) {
        if (empty(rule.getVerbs())) {
            errs.required(path + ".verbs", "verbs must contain at least one value");
        }
        if (!empty(rule.getNonResourceURLs())) {
            if (namespaced) {
                errs.invalid(path + ".nonResourceURLs", rule.getNonResourceURLs(), "namespaced rules cannot apply to non-resource URLs");
            }
            if (!empty(rule.getApiGroups()) || !empty(rule.getResources()) || !empty(rule.getResourceNames())) {
                errs.invalid(path + ".nonResourceURLs", rule.getNonResourceURLs(),
                    "rules cannot apply to both regular resources and non-resource URLs");
            }
            return;
        }
        if (empty(rule.getApiGroups())) {
            errs.required(path + ".apiGroups", "resource rules must supply at least one api group");
        }
        if (empty(rule.getResources())) {
            errs.required(path + ".resources", "resource rules must supply at least one resource");
        }
    }

    private static boolean empty(List<String> l) {
        return l == null || l.isEmpty();
    }
}
