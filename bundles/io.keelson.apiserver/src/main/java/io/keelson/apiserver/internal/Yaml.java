package io.keelson.apiserver.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.keelson.apiserver.internal.errors.ApiException;
import io.keelson.apiserver.internal.errors.Errors;
import java.io.ByteArrayInputStream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML bodies (application/yaml, application/apply-patch+yaml) read into the same JSON trees, as
 * sigs.k8s.io/yaml converts them: anchors and aliases resolved (with a limit against alias bombs),
 * duplicate keys refused, timestamps left as the strings they are.
 */
public final class Yaml {

    private Yaml() {
    }

    /** One YAML (or JSON) document as a tree; a body that is not YAML is a 400 with the parser's reason. */
    public static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw Errors.badRequest("the request body is empty; it must be a YAML or JSON object");
        }
        LoaderOptions limits = new LoaderOptions();
        limits.setMaxAliasesForCollections(50);
        limits.setAllowDuplicateKeys(false);
        limits.setCodePointLimit(4 * 1024 * 1024);
        org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml(new SafeConstructor(limits), new Representer(new DumperOptions()),
                new DumperOptions(), limits, new NoTimestamps());
        try {
            Object document = yaml.load(new ByteArrayInputStream(body));
            if (document == null) {
                throw Errors.badRequest("the request body is empty; it must be a YAML or JSON object");
            }
            return Json.MAPPER.valueToTree(document);
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw Errors.badRequest("error converting YAML to JSON: yaml: " + firstLine(e.getMessage()));
        }
    }

    public static boolean isYaml(String contentType) {
        if (contentType == null) {
            return false;
        }
        String t = contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        return t.equals("application/yaml") || t.equals("application/apply-patch+yaml");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "malformed YAML";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** SnakeYAML's YAML 1.1 resolver without !!timestamp: Kubernetes keeps unquoted times as strings. */
    private static final class NoTimestamps extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
        }
    }
}
