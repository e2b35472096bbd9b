package io.keelson.e2e.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Writes Kubernetes refuses before it looks at the object: JSON patches that are no array. */
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
}
