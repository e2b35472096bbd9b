package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Writes Kubernetes refuses before it looks at the object: JSON patches that are no array, applied fields the schema lacks. */
class MalformedWritesTest extends ClusterTest {

    @Test
    void aJsonPatchThatIsNoArrayFailsAsGoFailsToDecodeIt() throws Exception {
        k.ok("create", "configmap", "patched", "--from-literal=a=1");
        assertThat(k.fails("patch", "configmap", "patched", "--type=json", "-p", "{\"op\":\"remove\"}").err())
                .isEqualTo("Error from server (BadRequest): json: cannot unmarshal object into Go value of type jsonpatch.Patch\n");
        assertThat(k.fails("patch", "configmap", "patched", "--type=json", "-p", "\"remove\"").err())
                .isEqualTo("Error from server (BadRequest): json: cannot unmarshal string into Go value of type jsonpatch.Patch\n");
        assertThat(k.fails("patch", "configmap", "patched", "--type=json", "-p", "5").err())
                .isEqualTo("Error from server (BadRequest): json: cannot unmarshal number into Go value of type jsonpatch.Patch\n");
        assertThat(k.fails("patch", "configmap", "patched", "--type=json", "-p", "[5]").err())
                .isEqualTo("Error from server (BadRequest): json: cannot unmarshal number into Go value of type jsonpatch.Operation\n");
        assertThat(k.ok("get", "configmap", "patched", "-o", "jsonpath={.data.a}").out()).isEqualTo("1");
    }

    @Test
    void serverSideApplyOfAnUndeclaredFieldFailsToBecomeATypedPatch() throws Exception {
        k.file("bogus.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bogus}\ndata: {a: \"1\"}\nbogus: 1\n");
        String expected = "Error from server (BadRequest): failed to create typed patch object (default/bogus; /v1, Kind=ConfigMap): "
                + ".bogus: field not declared in schema\n";
        assertThat(k.fails("apply", "--server-side", "-f", "bogus.yaml").err()).isEqualTo(expected);
        assertThat(k.fails("apply", "--server-side", "--validate=false", "-f", "bogus.yaml").err()).isEqualTo(expected);
        assertThat(k.run("get", "configmap", "bogus").err()).contains("configmaps \"bogus\" not found");
        var raw = k.call("PATCH", "/api/v1/namespaces/default/configmaps/bogus?fieldManager=t", "application/apply-patch+yaml",
                "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"bogus\"},\"bogus\":1}");
        assertThat(raw.statusCode()).isEqualTo(400);
        var status = Cluster.JSON.readTree(raw.body());
        assertThat(status.path("reason").asText()).isEqualTo("BadRequest");
        assertThat(status.path("message").asText())
                .isEqualTo("failed to create typed patch object (/bogus; /v1, Kind=ConfigMap): .bogus: field not declared in schema");
        k.file("deploy.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers:
                      - {name: c, image: nginx:1.25, bogus: 1}
                """);
        assertThat(k.fails("apply", "--server-side", "-f", "deploy.yaml").err()).isEqualTo("Error from server (BadRequest): failed to create typed "
                + "patch object (default/web; apps/v1, Kind=Deployment): .spec.template.spec.containers[name=\"c\"].bogus: "
                + "field not declared in schema\n");
        k.file("two.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: two, bogus: 1}\nextra: 2\n");
        // Kubernetes lists several in Go's map order, which is no order at all
        String two = k.fails("apply", "--server-side", "-f", "two.yaml").err();
        assertThat(two).startsWith("Error from server (BadRequest): failed to create typed patch object (default/two; /v1, Kind=ConfigMap): errors:\n")
                .contains("\n  .metadata.bogus: field not declared in schema\n", "\n  .extra: field not declared in schema")
                .hasLineCount(3);
    }
}
