package io.keelson.apiserver.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.keelson.apiserver.internal.errors.Errors;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.yaml.snakeyaml.LoaderOptions;

/** YAML bodies (application/yaml, application/apply-patch+yaml) read into the same JSON trees, and YAML responses. */
public final class Yaml {

    private static final ObjectMapper MAPPER;

    static {
        LoaderOptions limits = new LoaderOptions();
        limits.setMaxAliasesForCollections(50);
        limits.setCodePointLimit(4 * 1024 * 1024);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(limits).disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();
        MAPPER = new ObjectMapper(factory);
    }

    private Yaml() {
    }

    /** One YAML (or JSON) document as a tree; a body that is not YAML is a 400 with the parser's reason. */
    public static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw Errors.badRequest("the request body is empty; it must be a YAML or JSON object");
        }
        try {
            JsonNode n = MAPPER.readTree(body);
            if (n == null || n.isMissingNode()) {
                throw Errors.badRequest("the request body is empty; it must be a YAML or JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw Errors.badRequest("error converting YAML to JSON: " + firstLine(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            if (e instanceof io.keelson.apiserver.internal.errors.ApiException a) {
                throw a;
            }
            throw Errors.badRequest("error converting YAML to JSON: " + firstLine(String.valueOf(e.getMessage())));
        }
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isYaml(String contentType) {
        if (contentType == null) {
            return false;
        }
        String t = contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        return t.equals("application/yaml") || t.equals("application/apply-patch+yaml") || t.equals("text/yaml");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "malformed YAML";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
