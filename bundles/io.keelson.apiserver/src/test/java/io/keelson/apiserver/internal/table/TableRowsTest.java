package io.keelson.apiserver.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import io.keelson.apis.ApiRules;
import io.keelson.apiserver.internal.Json;
import io.keelson.apiserver.internal.TypeRules;
import io.keelson.apiserver.internal.registry.ResourceRegistry;
import io.keelson.apiserver.internal.registry.ResourceType;
import io.keelson.apiserver.internal.storage.ObjectStorage;
import io.keelson.store.api.KeyValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A row written from the stored bytes is the row the tree path makes, for every includeObject. */
class TableRowsTest {

    private static final String POD = "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"web-1\",\"namespace\":\"ns\","
            + "\"managedFields\":[{\"manager\":\"kubectl\",\"operation\":\"Update\",\"fieldsType\":\"FieldsV1\",\"fieldsV1\":{\"f:data\":{}}}],"
            + "\"creationTimestamp\":\"2026-11-25T20:00:00Z\",\"labels\":{\"app\":\"web\"}},\"spec\":{\"nodeName\":\"n1\",\"containers\":"
            + "[{\"name\":\"c\",\"image\":\"nginx\"}]},\"status\":{\"phase\":\"Running\",\"podIP\":\"10.0.0.7\",\"containerStatuses\":"
            + "[{\"name\":\"c\",\"ready\":true,\"restartCount\":2,\"image\":\"nginx\",\"imageID\":\"\",\"state\":{\"running\":{}}}]}}";

    private final TypeRules rules = new TypeRules(ApiRules.standard());
    private final ResourceType pods = new ResourceRegistry().find("", "v1", "pods").orElseThrow();

    @ParameterizedTest
    @ValueSource(strings = {"", "None", "Metadata", "Object", "{\"kind\":\"Pod\",\"metadata\":7}"})
    void rowFromTheStoredBytesIsTheTreesRow(String includeObjectOrStored) throws Exception {
        boolean odd = includeObjectOrStored.startsWith("{");
        String includeObject = odd || includeObjectOrStored.isEmpty() ? null : includeObjectOrStored;
        KeyValue kv = new KeyValue("/registry/core/pods/ns/web-1", (odd ? includeObjectOrStored : POD).getBytes(StandardCharsets.UTF_8),
                3, 9, 2, 0);
        Instant now = Instant.parse("2026-11-25T21:00:00Z");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            TableRows.write(g, rules, pods, kv, includeObject, now);
        }
        assertThat(Json.parseObject(out.toByteArray()))
                .isEqualTo(TableConverter.row(rules, pods, ObjectStorage.decode(kv).object(), includeObject, now));
    }
}
