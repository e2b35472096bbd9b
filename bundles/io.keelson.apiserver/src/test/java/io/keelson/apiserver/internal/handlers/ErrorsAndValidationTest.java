package io.keelson.apiserver.internal.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.ObjectCodec;
import io.keelson.apis.ApiRules;
import io.keelson.apiserver.internal.TypeRules;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.errors.Errors;
import io.keelson.apiserver.internal.registry.ResourceRegistry;
import io.keelson.apiserver.internal.registry.ResourceType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorsAndValidationTest {

    private final ResourceRegistry registry = new ResourceRegistry();
    private final ResourceType pods = registry.find("", "v1", "pods").orElseThrow();
    private final ResourceType deployments = registry.find("apps", "v1", "deployments").orElseThrow();
    private final TypeRules rules = new TypeRules(ApiRules.standard());

    private ObjectNode decode(byte[] body, String fieldValidation) {
        return ObjectCodec.check(rules, pods, ObjectCodec.parse(body), fieldValidation, w -> { });
    }

    @Test
    void statusBodiesUseKubernetesWording() {
        ObjectNode s = Errors.notFound(deployments, "x").status();
        assertThat(s.path("message").asText()).isEqualTo("deployments.apps \"x\" not found");
        assertThat(s.path("details").path("group").asText()).isEqualTo("apps");
        assertThat(s.path("kind").asText()).isEqualTo("Status");
        assertThat(Errors.conflict(pods, "x").status().path("message").asText()).isEqualTo("Operation cannot be fulfilled on pods \"x\": "
                + "the object has been modified; please apply your changes to the latest version and try again");
        assertThat(Errors.alreadyExists(pods, "x").code()).isEqualTo(409);
        assertThat(Errors.invalid(deployments, "d", java.util.List.of(new Errors.Cause("FieldValueRequired", "spec.selector",
                "Required value"))).getMessage()).isEqualTo("Deployment.apps \"d\" is invalid: spec.selector: Required value");
    }

    @Test
    void badNamesAre422WithCauses() {
        ObjectNode pod = Json.object().put("apiVersion", "v1").put("kind", "Pod");
        Json.metadata(pod).put("name", "Bad_Name");
        assertThatThrownBy(() -> rules.create(pods, pod.deepCopy())).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo(422);
            assertThat(e.getMessage()).startsWith("Pod \"Bad_Name\" is invalid: [metadata.name: Invalid value: \"Bad_Name\": "
                    + "a lowercase RFC 1123 subdomain");
            assertThat(e.status().path("details").path("causes").get(0).path("field").asText()).isEqualTo("metadata.name");
        });
        Json.metadata(pod).remove("name");
        assertThatThrownBy(() -> rules.create(pods, pod.deepCopy())).hasMessageContaining("name or generateName is required");
    }

    @Test
    void bodiesAreCheckedBeforeAnythingIsStored() {
        for (String body : new String[] {"", "{", "[]", "{\"apiVersion\":\"v1\",\"kind\":\"Service\"}", "{\"kind\":\"Pod\"} x",
                "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"spec\":{\"containers\":\"nope\"}}",
                "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":7}",
                "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":5}}",
                "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"spec\":{\"terminationGracePeriodSeconds\":\"30\"}}",
                "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"spec\":{\"hostNetwork\":1}}"}) {
            assertThatThrownBy(() -> decode(body.getBytes(StandardCharsets.UTF_8), null)).as(body)
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(400));
        }
    }

    @Test
    void bodiesWithoutKindOrApiVersionTakeThemFromTheUrl() {
        ObjectNode pod = decode("{\"metadata\":{\"name\":\"p\"}}".getBytes(StandardCharsets.UTF_8), null);
        assertThat(pod.path("kind").asText()).isEqualTo("Pod");
        assertThat(pod.path("apiVersion").asText()).isEqualTo("v1");
    }

    @Test
    void strictValidationNamesUnknownFieldsAndOtherwiseDropsThem() {
        byte[] body = "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"p\"},\"spec\":{\"bogus\":1,\"containers\":[]}}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> decode(body, "Strict")).hasMessageContaining("unknown field \"spec.bogus\"");
        assertThat(decode(body, null).path("spec").has("bogus")).isFalse();
    }
}
