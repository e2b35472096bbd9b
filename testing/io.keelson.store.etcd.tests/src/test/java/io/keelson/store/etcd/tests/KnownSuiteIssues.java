package io.keelson.store.etcd.tests;

import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Contract tests whose assertion is not etcd's semantics, disabled by name with the reason shown in
 * the report until the contract suite is changed (reported to its owner). Each has an etcd-specific
 * replacement in {@link EtcdSemanticsTest}.
 */
final class KnownSuiteIssues implements ExecutionCondition {

    private static final Map<String, String> ISSUES = Map.of(
            "revokeDeletesAttachedKeysNow",
            "etcd revokes a lease in one transaction: all attached keys are deleted at ONE revision, so the"
                    + " contract's strictly-increasing check over those DELETE events cannot hold (see"
                    + " EtcdSemanticsTest.revokeDeletesAllAttachedKeysAtOneRevision)");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getTestMethod().map(m -> ISSUES.get(m.getName()))
                .map(ConditionEvaluationResult::disabled)
                .orElse(ConditionEvaluationResult.enabled("etcd semantics match the contract"));
    }
}
