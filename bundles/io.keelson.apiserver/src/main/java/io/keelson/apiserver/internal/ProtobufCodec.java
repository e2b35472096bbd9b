package io.keelson.apiserver.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import io.keelson.apiserver.internal.errors.Errors;
import io.kubernetes.client.proto.Runtime;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Kubernetes' protobuf bodies ({@code application/vnd.kubernetes.protobuf}: "k8s\0" + runtime.Unknown),
 * which kubectl's typed clients send for built-in types, into the same JSON tree a JSON body gives.
 * Go's encoder writes zero values of plain (non-pointer) fields; JSON's omitempty leaves them out, so
 * zero scalars are dropped except for the pointer fields where an explicit 0/false means something.
 */
public final class ProtobufCodec {

    private static final byte[] MAGIC = {0x6b, 0x38, 0x73, 0x00};
    private static final Set<String> KEEP_ZERO = Set.of("replicas", "backoffLimit", "parallelism", "completions", "suspend",
            "automountServiceAccountToken", "terminationGracePeriodSeconds", "revisionHistoryLimit", "progressDeadlineSeconds",
            "successfulJobsHistoryLimit", "failedJobsHistoryLimit", "startingDeadlineSeconds", "activeDeadlineSeconds",
            "ttlSecondsAfterFinished", "immutable", "readOnlyRootFilesystem", "runAsNonRoot", "runAsUser", "runAsGroup", "privileged",
            "allowPrivilegeEscalation", "optional", "defaultMode", "enableServiceLinks", "shareProcessNamespace", "hostUsers",
            "priority", "expirationSeconds", "allowVolumeExpansion");
    private static final Map<String, Descriptor> BY_GVK = new HashMap<>();

    static {
        for (FileDescriptor f : List.of(io.kubernetes.client.proto.V1.getDescriptor(), io.kubernetes.client.proto.V1Apps.getDescriptor(),
                io.kubernetes.client.proto.V1Batch.getDescriptor(), io.kubernetes.client.proto.V2Autoscaling.getDescriptor(),
                io.kubernetes.client.proto.V1Coordination.getDescriptor(), io.kubernetes.client.proto.V1Events.getDescriptor(),
                io.kubernetes.client.proto.V1Rbac.getDescriptor(), io.kubernetes.client.proto.V1Storage.getDescriptor(),
                io.kubernetes.client.proto.V1Discovery.getDescriptor(), io.kubernetes.client.proto.V1Policy.getDescriptor(),
                io.kubernetes.client.proto.V1Authorization.getDescriptor(), io.kubernetes.client.proto.V1Authentication.getDescriptor(),
                io.kubernetes.client.proto.Meta.getDescriptor())) {
            String pkg = f.getPackage(); // k8s.io.api.apps.v1
            String[] parts = pkg.split("\\.");
            String version = parts[parts.length - 1];
            String group = parts.length >= 5 && pkg.startsWith("k8s.io.api.") ? parts[3] : "";
            group = switch (group) {
                case "core" -> "";
                case "rbac", "storage", "coordination", "discovery", "events", "authorization", "authentication" -> group
                        + (group.equals("rbac") ? ".authorization.k8s.io" : ".k8s.io");
                default -> group;
            };
            for (Descriptor d : f.getMessageTypes()) {
                BY_GVK.put((group.isEmpty() ? version : group + "/" + version) + "/" + d.getName(), d);
            }
        }
    }

    private ProtobufCodec() {
    }

    public static boolean isProtobuf(String contentType) {
        return contentType != null && contentType.startsWith("application/vnd.kubernetes.protobuf");
    }

    public static JsonNode decode(byte[] body) {
        if (body.length < 4 || body[0] != MAGIC[0] || body[1] != MAGIC[1] || body[2] != MAGIC[2] || body[3] != MAGIC[3]) {
            throw Errors.badRequest("the protobuf body does not start with the Kubernetes envelope prefix");
        }
        try {
            // parsed dynamically: the generated Runtime.Unknown class is old gencode that protobuf 4 warns about
            Descriptor envelope = Runtime.getDescriptor().findMessageTypeByName("Unknown");
            DynamicMessage unknown = DynamicMessage.parseFrom(envelope, ByteString.copyFrom(body, 4, body.length - 4));
            Message typeMeta = (Message) field(unknown, "typeMeta", null);
            String apiVersion = typeMeta == null ? "" : (String) field(typeMeta, "apiVersion", "");
            String kind = typeMeta == null ? "" : (String) field(typeMeta, "kind", "");
            ByteString raw = (ByteString) field(unknown, "raw", ByteString.EMPTY);
            Descriptor d = BY_GVK.get(apiVersion + "/" + kind);
            if (d == null) {
                throw Errors.unsupportedMediaType("application/vnd.kubernetes.protobuf");
            }
            ObjectNode json = JsonNodeFactory.instance.objectNode().put("apiVersion", apiVersion).put("kind", kind);
            json.setAll(toJson(DynamicMessage.parseFrom(d, raw)));
            return json;
        } catch (InvalidProtocolBufferException e) {
            throw Errors.badRequest("the protobuf body could not be decoded: " + e.getMessage());
        }
    }

    private static ObjectNode toJson(Message m) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<FieldDescriptor, Object> e : m.getAllFields().entrySet()) {
            FieldDescriptor fd = e.getKey();
            String name = fd.getJsonName();
            if (fd.isMapField()) {
                ObjectNode map = out.putObject(name);
                for (Object entry : (List<?>) e.getValue()) {
                    Message me = (Message) entry;
                    FieldDescriptor k = me.getDescriptorForType().findFieldByName("key");
                    FieldDescriptor v = me.getDescriptorForType().findFieldByName("value");
                    map.set(String.valueOf(me.getField(k)), value(v, me.getField(v)));
                }
            } else if (fd.isRepeated()) {
                ArrayNode array = out.putArray(name);
                for (Object item : (List<?>) e.getValue()) {
                    array.add(value(fd, item));
                }
            } else {
                JsonNode v = value(fd, e.getValue());
                if (v != null && (KEEP_ZERO.contains(name) || !isZero(v))) {
                    out.set(name, v);
                }
            }
        }
        return out;
    }

    private static boolean isZero(JsonNode v) {
        return (v.isTextual() && v.asText().isEmpty()) || (v.isNumber() && v.asLong() == 0 && v.asDouble() == 0)
                || (v.isBoolean() && !v.asBoolean());
    }

    private static JsonNode value(FieldDescriptor fd, Object v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (fd.getJavaType()) {
            case STRING -> f.textNode((String) v);
            case INT -> f.numberNode((Integer) v);
            case LONG -> f.numberNode((Long) v);
            case BOOLEAN -> f.booleanNode((Boolean) v);
            case DOUBLE -> f.numberNode((Double) v);
            case FLOAT -> f.numberNode((Float) v);
            case BYTE_STRING -> f.binaryNode(((ByteString) v).toByteArray());
            case ENUM -> f.textNode(v.toString());
            case MESSAGE -> special((Message) v);
        };
    }

    private static JsonNode special(Message m) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        String type = m.getDescriptorForType().getFullName();
        switch (type) {
            case "k8s.io.apimachinery.pkg.apis.meta.v1.Time", "k8s.io.apimachinery.pkg.apis.meta.v1.MicroTime" -> {
                long seconds = (Long) field(m, "seconds", 0L);
                int nanos = (Integer) field(m, "nanos", 0);
                if (seconds == 0 && nanos == 0) {
                    return null;
                }
                Instant t = Instant.ofEpochSecond(seconds, nanos);
                return f.textNode((type.endsWith("MicroTime") ? t.truncatedTo(ChronoUnit.MICROS) : t.truncatedTo(ChronoUnit.SECONDS)).toString());
            }
            case "k8s.io.apimachinery.pkg.util.intstr.IntOrString" -> {
                long t = ((Number) field(m, "type", 0L)).longValue();
                return t == 0 ? f.numberNode((Integer) field(m, "intVal", 0)) : f.textNode((String) field(m, "strVal", ""));
            }
            case "k8s.io.apimachinery.pkg.api.resource.Quantity" -> {
                return f.textNode((String) field(m, "string", ""));
            }
            case "k8s.io.apimachinery.pkg.apis.meta.v1.Duration" -> {
                return f.textNode(((Long) field(m, "duration", 0L)) / 1_000_000_000L + "s");
            }
            case "k8s.io.apimachinery.pkg.runtime.RawExtension", "k8s.io.apimachinery.pkg.apis.meta.v1.FieldsV1" -> {
                ByteString raw = (ByteString) field(m, "raw", ByteString.EMPTY);
                try {
                    return raw.isEmpty() ? null : Json.MAPPER.readTree(raw.toByteArray());
                } catch (IOException e) {
                    throw Errors.badRequest("an embedded object is not JSON");
                }
            }
            default -> {
                return toJson(m);
            }
        }
    }

    private static Object field(Message m, String name, Object fallback) {
        FieldDescriptor fd = m.getDescriptorForType().findFieldByName(name);
        return fd == null || !m.hasField(fd) ? fallback : m.getField(fd);
    }
}
