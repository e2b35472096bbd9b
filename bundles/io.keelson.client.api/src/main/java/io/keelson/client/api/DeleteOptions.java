package io.keelson.client.api;

/**
 * How to delete, as Kubernetes' DeleteOptions body.
 *
 * @param gracePeriodSeconds          null for the type's default
 * @param propagationPolicy           Orphan, Background or Foreground; null for the type's default
 * @param preconditionUid             delete only this incarnation (ConflictException otherwise); null for any
 * @param preconditionResourceVersion delete only this version (ConflictException otherwise); null for any
 */
public record DeleteOptions(Long gracePeriodSeconds, String propagationPolicy, String preconditionUid, String preconditionResourceVersion) {

    public static final DeleteOptions DEFAULTS = new DeleteOptions(null, null, null, null);

    public DeleteOptions withGracePeriodSeconds(long seconds) {
        return new DeleteOptions(seconds, propagationPolicy, preconditionUid, preconditionResourceVersion);
    }

    public DeleteOptions withPropagationPolicy(String policy) {
        return new DeleteOptions(gracePeriodSeconds, policy, preconditionUid, preconditionResourceVersion);
    }

    public DeleteOptions withPreconditionUid(String uid) {
        return new DeleteOptions(gracePeriodSeconds, propagationPolicy, uid, preconditionResourceVersion);
    }

    public DeleteOptions withPreconditionResourceVersion(String version) {
        return new DeleteOptions(gracePeriodSeconds, propagationPolicy, preconditionUid, version);
    }

    public boolean isDefault() {
        return equals(DEFAULTS);
    }
}
