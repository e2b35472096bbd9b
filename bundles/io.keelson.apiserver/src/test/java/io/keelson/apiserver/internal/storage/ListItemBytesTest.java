package io.keelson.apiserver.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keelson.apiserver.internal.Json;
import io.keelson.store.api.KeyValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A list item written from the stored bytes is the item the tree would have made, byte for byte where the stored form is Jackson's. */
class ListItemBytesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"a\",\"labels\":{\"x\":\"y,}\"}},\"spec\":{\"c\":[1,2]},\"status\":{}}",
        "{\"metadata\":{\"name\":\"a\"},\"kind\":\"Pod\",\"spec\":{\"s\":\"kind, \\\"apiVersion\\\"\"},\"apiVersion\":\"v1\"}",
        "{\"kind\":\"Pod\",\"metadata\":{}}",
        "{\"metadata\":{\"name\":\"ü\"},\"data\":null,\"n\":1.5,\"t\":true}",
        " { \"kind\" : \"Pod\" ,\n \"metadata\" : { \"name\" : \"a\" } , \"spec\" : [ ] , \"apiVersion\":\"v1\" } ",
        "{\"kind\":\"Pod\"}",
        "{\"metadata\":{\"name\":\"a\",\"resourceVersion\":\"3\"},\"spec\":{}}",
        "{\"metadata\":\"odd\",\"spec\":{}}",
        "{\"metadata\":{\"a\":[{\"b\":\"}]\\\\\\\"\"}]},\"x\":-15}",
        "{\"metadata\":{\"name\":\"a\"}} x",
        "{\"metadata\":{\"managedFields\":[{\"manager\":\"m\",\"fieldsV1\":{\"f:a\":{}}}],\"name\":\"a\"},\"spec\":{}}",
        "{\"metadata\":{\"name\":\"a\" , \"managedFields\" : [ ] ,\"uid\":\"u\"},\"spec\":{}}",
        "{\"metadata\":{\"name\":\"a\",\"managedFields\":[{}]}}",
        "{\"metadata\":{\"managedFields\":[]}}",
        "{\"metadata\":{\"name\":\"a\"},\"metadata\":{}}",
    })
    void itemIsTheTreeLessKindAndApiVersionWithTheRevision(String stored) throws IOException {
        KeyValue kv = new KeyValue("/registry/pods/ns/a", stored.getBytes(StandardCharsets.UTF_8), 1, 42, 1, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListItemBytes.write(kv, out);
        ObjectNode expected = ObjectStorage.decode(kv).object();
        expected.remove("kind");
        expected.remove("apiVersion");
        assertThat(Json.parseObject(out.toByteArray())).isEqualTo(expected);
        ListItemBytes.ForTable parts = ListItemBytes.forTable(kv);
        // the Table's scan stops at metadata: past it (a second metadata, trailing bytes) it trusts the stored form, Jackson's
        if (parts != null && !stored.contains("} x") && stored.indexOf("\"metadata\"") == stored.lastIndexOf("\"metadata\"")) {
            assertThat(Json.MAPPER.readTree(parts.metadata())).isEqualTo(expected.get("metadata"));
            ObjectNode printed = Json.parseObject(kv.value());
            Json.metadata(printed).remove("managedFields");
            assertThat(Json.parseObject(parts.forPrinting())).isEqualTo(printed);
        }
        if (stored.equals(new String(Json.bytes(Json.parseObject(kv.value())), StandardCharsets.UTF_8))) { // Jackson's own form
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(new String(Json.bytes(expected), StandardCharsets.UTF_8));
        }
    }

    @Test
    void resourceVersionGoesLastInMetadata() throws IOException {
        KeyValue kv = new KeyValue("/registry/pods/ns/a", "{\"kind\":\"Pod\",\"metadata\":{\"name\":\"a\"},\"spec\":{}}".getBytes(StandardCharsets.UTF_8),
                1, 7, 1, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListItemBytes.write(kv, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"metadata\":{\"name\":\"a\",\"resourceVersion\":\"7\"},\"spec\":{}}");
    }
}
