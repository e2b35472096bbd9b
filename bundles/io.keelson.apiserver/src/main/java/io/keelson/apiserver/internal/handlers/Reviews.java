package io.keelson.apiserver.internal.handlers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.http.Authenticator;
import io.keelson.apiserver.internal.registry.ResourceType;

/**
 * Answers review objects. Until authorization arrives every authenticated user is allowed
 * (the admin certificate is system:masters, which Kubernetes allows everything).
 */
final class Reviews {

    private Reviews() {
    }

    static ObjectNode answer(ResourceType type, ObjectNode review, Authenticator.User caller) {
        ObjectNode status = review.putObject("status");
        switch (type.kind()) {
            case "SelfSubjectReview" -> whoAmI(status, caller);
            case "SelfSubjectRulesReview" -> everything(status);
            default -> {
                status.put("allowed", true);
                status.put("reason", "keelson has no authorizer yet: every authenticated request is allowed");
            }
        }
        return review;
    }

    /** The caller as the authenticator saw it: the x509 authenticator gives no uid and no extra. */
    private static void whoAmI(ObjectNode status, Authenticator.User caller) {
        ObjectNode user = status.putObject("userInfo");
        if (caller != null) {
            user.put("username", caller.name());
            ArrayNode groups = user.putArray("groups");
            caller.groups().forEach(groups::add);
        }
    }

    /** The rules Kubernetes' privileged-group authorizer lists for a system:masters member: everything. */
    private static void everything(ObjectNode status) {
        ObjectNode resources = status.putArray("resourceRules").addObject();
        resources.putArray("verbs").add("*");
        resources.putArray("apiGroups").add("*");
        resources.putArray("resources").add("*");
        ObjectNode urls = status.putArray("nonResourceRules").addObject();
        urls.putArray("verbs").add("*");
        urls.putArray("nonResourceURLs").add("*");
        status.put("incomplete", false);
    }
}
