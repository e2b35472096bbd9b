package io.keelson.fuzz;

import java.util.ArrayList;
import java.util.List;

/** Known fields and values of a type Go's decoder refuses for them (string for int32, number for string, ...). */
final class WrongTypes {

    private WrongTypes() {
    }

    private static final String[][] COMMON = {
        {"/metadata", "\"meta\""}, {"/metadata", "5"}, {"/metadata", "[]"}, {"/metadata", "true"},
        {"/metadata/name", "5"}, {"/metadata/name", "true"}, {"/metadata/name", "{}"}, {"/metadata/name", "[\"fz\"]"},
        {"/metadata/labels", "\"a=b\""}, {"/metadata/labels", "[\"a\"]"}, {"/metadata/labels", "5"}, {"/metadata/labels", "{\"a\":5}"},
        {"/metadata/labels", "{\"a\":{}}"}, {"/metadata/labels", "{\"a\":true}"}, {"/metadata/labels", "{\"a\":[\"b\"]}"},
        {"/metadata/annotations", "[]"}, {"/metadata/annotations", "{\"a\":1}"}, {"/metadata/annotations", "{\"a\":[\"x\"]}"},
        {"/metadata/generation", "\"one\""}, {"/metadata/generation", "1.5"}, {"/metadata/generation", "{}"},
        {"/metadata/creationTimestamp", "5"}, {"/metadata/creationTimestamp", "\"yesterday\""}, {"/metadata/creationTimestamp", "{}"},
        {"/metadata/finalizers", "\"x\""}, {"/metadata/finalizers", "{}"}, {"/metadata/finalizers", "[5]"},
        {"/metadata/ownerReferences", "{}"}, {"/metadata/ownerReferences", "\"x\""}, {"/metadata/ownerReferences", "[{\"uid\":5}]"},
        {"/metadata/deletionGracePeriodSeconds", "\"x\""}, {"/metadata/uid", "5"}, {"/metadata/resourceVersion", "5"},
        {"/kind", "5"}, {"/kind", "{}"}, {"/apiVersion", "[]"}, {"/apiVersion", "7"},
    };

    private static final String[][] CONFIGMAP = {
        {"/data", "[]"}, {"/data", "\"x\""}, {"/data", "{\"a\":5}"}, {"/data", "{\"a\":true}"}, {"/data", "{\"a\":{}}"}, {"/data", "{\"a\":[\"x\"]}"},
        {"/binaryData", "{\"a\":\"not base64!!\"}"}, {"/binaryData", "{\"a\":5}"}, {"/immutable", "\"yes\""}, {"/immutable", "1"},
    };
    private static final String[][] SECRET = {
        {"/data", "{\"a\":\"%%%%\"}"}, {"/data", "{\"a\":5}"}, {"/data", "[]"}, {"/type", "5"}, {"/type", "{}"}, {"/stringData", "{\"a\":5}"},
    };
    private static final String[][] POD = {
        {"/spec", "\"x\""}, {"/spec", "[]"}, {"/spec/containers", "{}"}, {"/spec/containers", "\"x\""}, {"/spec/containers", "5"},
        {"/spec/containers", "[5]"}, {"/spec/containers", "[\"c\"]"}, {"/spec/containers/0/name", "5"}, {"/spec/containers/0/name", "{}"},
        {"/spec/containers/0/image", "7"}, {"/spec/containers/0/image", "[]"}, {"/spec/containers/0/ports", "{}"},
        {"/spec/containers/0/ports", "[{\"containerPort\":\"80\"}]"}, {"/spec/containers/0/ports", "[{\"containerPort\":80.5}]"},
        {"/spec/containers/0/ports", "[{\"containerPort\":true}]"}, {"/spec/containers/0/env", "{}"}, {"/spec/containers/0/env", "[{\"name\":5}]"},
        {"/spec/containers/0/command", "\"sh -c\""}, {"/spec/containers/0/resources/limits", "{\"cpu\":{}}"},
        {"/spec/containers/0/resources/limits", "{\"cpu\":\"lots\"}"}, {"/spec/restartPolicy", "5"}, {"/spec/terminationGracePeriodSeconds", "\"30\""},
        {"/spec/terminationGracePeriodSeconds", "1.5"}, {"/spec/hostNetwork", "\"true\""}, {"/spec/nodeSelector", "[\"a\"]"},
        {"/spec/nodeSelector", "{\"a\":1}"}, {"/spec/priority", "99999999999"},
    };
    private static final String[][] DEPLOYMENT = {
        {"/spec/replicas", "\"3\""}, {"/spec/replicas", "3.5"}, {"/spec/replicas", "true"}, {"/spec/replicas", "99999999999"},
        {"/spec/replicas", "\"many\""}, {"/spec/selector", "\"app=x\""}, {"/spec/selector", "[]"}, {"/spec/selector/matchLabels", "[\"a\"]"},
        {"/spec/template", "[]"}, {"/spec/strategy/type", "5"}, {"/spec/minReadySeconds", "\"x\""}, {"/spec/paused", "\"no\""},
        {"/spec/template/spec/containers", "{}"}, {"/spec/revisionHistoryLimit", "\"ten\""},
    };
    private static final String[][] JOB = {
        {"/spec/parallelism", "\"2\""}, {"/spec/backoffLimit", "1.5"}, {"/spec/template/spec/containers", "\"c\""}, {"/spec/suspend", "\"no\""},
    };
    private static final String[][] SERVICE = {
        {"/spec/ports", "{}"}, {"/spec/ports", "[{\"port\":\"80\"}]"}, {"/spec/ports", "[{\"port\":80.5}]"}, {"/spec/type", "5"},
        {"/spec/selector", "[]"}, {"/spec/clusterIP", "5"}, {"/spec/ports", "[{\"port\":80,\"protocol\":6}]"},
    };
    private static final String[][] NAMESPACE = {
        {"/spec/finalizers", "\"x\""}, {"/spec/finalizers", "[5]"}, {"/status/phase", "5"}, {"/spec", "[]"},
    };
    private static final String[][] LEASE = {
        {"/spec/leaseDurationSeconds", "\"15\""}, {"/spec/holderIdentity", "5"}, {"/spec/renewTime", "\"not a time\""}, {"/spec/renewTime", "5"},
    };
    private static final String[][] ROLE = {
        {"/rules", "{}"}, {"/rules", "\"all\""}, {"/rules/0/verbs", "\"get\""}, {"/rules/0/verbs", "[5]"},
    };

    static List<Object[]> forKind(Kind k) {
        List<Object[]> out = new ArrayList<>();
        for (String[] c : COMMON) {
            out.add(c);
        }
        String[][] specific = k == Kind.CONFIGMAP ? CONFIGMAP : k == Kind.SECRET ? SECRET : k == Kind.POD ? POD : k == Kind.DEPLOYMENT ? DEPLOYMENT
                : k == Kind.SERVICE ? SERVICE : k == Kind.NAMESPACE ? NAMESPACE : k == Kind.LEASE ? LEASE : k == Kind.JOB ? JOB : ROLE;
        // the kind's own fields count double: they are what a kind-specific decoder gets wrong
        for (int rep = 0; rep < 2; rep++) {
            for (String[] c : specific) {
                out.add(c);
            }
        }
        return out;
    }
}
