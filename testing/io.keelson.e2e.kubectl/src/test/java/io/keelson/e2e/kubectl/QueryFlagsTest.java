package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Boolean query parameters as Kubernetes converts them (runtime.Convert_Slice_string_To_bool): absent, "false" (any case)
 * and "0" are false; any other value, the empty one included, is true.
 */
class QueryFlagsTest extends ClusterTest {

    private static final String CMS = "/api/v1/namespaces/default/configmaps";
    private static final String APPLY = "application/apply-patch+yaml";

    @BeforeAll
    static void oneConfigMap() throws Exception {
        k.ok("create", "configmap", "flags", "--from-literal=k=1");
    }

    @ParameterizedTest
    @CsvSource(value = {"watch=true,true", "watch=True,true", "watch=1,true", "watch=,true", "watch=yes,true",
        "watch=false,false", "watch=FALSE,false", "watch=0,false"})
    void watchIsAnyValueButFalseAndZero(String param, boolean watch) throws Exception {
        HttpResponse<String> r = k.call("GET", CMS + "?timeoutSeconds=1&" + param, null, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        if (watch) {
            assertThat(r.body()).as(param).startsWith("{\"type\":\"ADDED\"");
        } else {
            assertThat(r.body()).as(param).startsWith("{\"kind\":\"ConfigMapList\"");
        }
    }

    @ParameterizedTest
    @CsvSource({"True,200", "'',200", "false,409", "0,409"})
    void applyForceIsAnyValueButFalseAndZero(String force, int status) throws Exception {
        String name = "forced-" + status + "-" + (force.isEmpty() ? "empty" : force.toLowerCase());
        String mine = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name + "\"},\"data\":{\"k\":\"%s\"}}";
        assertThat(k.call("PATCH", CMS + "/" + name + "?fieldManager=a", APPLY, String.format(mine, "1")).statusCode()).isEqualTo(201);
        HttpResponse<String> r = k.call("PATCH", CMS + "/" + name + "?fieldManager=b&force=" + force, APPLY, String.format(mine, "2"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({"True,Orphan", "false,Background"})
    void orphanDependentsInTheQueryIsAFlagToo(String orphan, String policy) throws Exception {
        String name = "owner-" + orphan.toLowerCase();
        k.ok("create", "configmap", name);
        String uid = k.ok("get", "configmap", name, "-o", "jsonpath={.metadata.uid}").out();
        String dependent = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name + "-dep\","
                + "\"ownerReferences\":[{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"name\":\"" + name + "\",\"uid\":\"" + uid + "\"}]}}";
        assertThat(k.call("POST", CMS, "application/json", dependent).statusCode()).isEqualTo(201);
        HttpResponse<String> r = k.call("DELETE", CMS + "/" + name + "?orphanDependents=" + orphan, null, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        if (policy.equals("Orphan")) {
            // the owner's reference goes from the dependent once the owner is gone, and the dependent stays
            org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(
                    k.ok("get", "configmap", name + "-dep", "-o", "jsonpath={.metadata.ownerReferences}").out()).isEmpty());
        } else {
            org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(k.run("get", "configmap", name + "-dep").exit()).isNotZero());
        }
    }
}
