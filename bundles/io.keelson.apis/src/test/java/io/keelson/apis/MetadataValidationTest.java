package io.keelson.apis;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataValidationTest {
    private final ApiRules rules = ApiRules.standard();

    private List<String> messages(List<FieldError> errors) {
        return errors.stream().map(FieldError::message).toList();
    }

    @Test
    void subdomainNameMessageIsKubernetes() {
        ConfigMap cm = Json.read("{'metadata':{'name':'Bad_Name'}}", ConfigMap.class);
        assertThat(messages(rules.validateCreate(cm))).containsExactly("metadata.name: Invalid value: \"Bad_Name\": "
            + "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and "
            + "must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
            + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
        assertThat(rules.validateCreate(cm).get(0).type().reason()).isEqualTo("FieldValueInvalid");
    }

    @Test
    void nameOrGenerateNameRequired() {
        ConfigMap cm = Json.read("{'metadata':{}}", ConfigMap.class);
        assertThat(messages(rules.validateCreate(cm)))
            .containsExactly("metadata.name: Required value: name or generateName is required");
    }

    @Test
    void namespaceNameIsALabel() {
        Namespace ns = Json.read("{'metadata':{'name':'a.b'}}", Namespace.class);
        assertThat(messages(rules.validateCreate(ns)))
            .containsExactly("metadata.name: Invalid value: \"a.b\": must not contain dots");
        ns = Json.read("{'metadata':{'name':'-x'}}", Namespace.class);
        assertThat(messages(rules.validateCreate(ns))).containsExactly("metadata.name: Invalid value: \"-x\": a "
            + "lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and "
            + "end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is "
            + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?')");
    }

    @Test
    void serviceNameIsDns1035() {
        Service svc = Json.read("{'metadata':{'name':'1abc'},'spec':{'type':'ClusterIP','sessionAffinity':'None',"
            + "'ports':[{'port':80,'protocol':'TCP','targetPort':80}]}}", Service.class);
        assertThat(messages(rules.validateCreate(svc))).containsExactly("metadata.name: Invalid value: \"1abc\": a "
            + "DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic "
            + "character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for "
            + "validation is '[a-z]([-a-z0-9]*[a-z0-9])?')");
    }

    @Test
    void generateNameMayEndWithDash() {
        ConfigMap cm = Json.read("{'metadata':{'generateName':'web-','name':'web-x1b2c'}}", ConfigMap.class);
        assertThat(rules.validateCreate(cm)).isEmpty();
        cm = Json.read("{'metadata':{'generateName':'Web-','name':'web-x1b2c'}}", ConfigMap.class);
        assertThat(messages(rules.validateCreate(cm))).singleElement().asString()
            .startsWith("metadata.generateName: Invalid value: \"Web-\": a lowercase RFC 1123 subdomain");
    }

    @Test
    void tooLongName() {
        String name = "a".repeat(254);
        ConfigMap cm = Json.read("{'metadata':{'name':'" + name + "'}}", ConfigMap.class);
        assertThat(messages(rules.validateCreate(cm)))
            .containsExactly("metadata.name: Invalid value: \"" + name + "\": must be no more than 253 characters");
    }

    @Test
    void labelKeysAndValues() {
        ConfigMap cm = Json.read("{'metadata':{'name':'x','labels':{'a/b/c':'ok','k':'-bad','/x':'v'}}}",
            ConfigMap.class);
        assertThat(messages(rules.validateCreate(cm))).containsExactly(
            "metadata.labels: Invalid value: \"/x\": prefix part must be non-empty",
            "metadata.labels: Invalid value: \"a/b/c\": a qualified name must consist of alphanumeric characters, "
                + "'-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or "
                + "'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') "
                + "with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
            "metadata.labels: Invalid value: \"-bad\": a valid label must be an empty string or consist of "
                + "alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character "
                + "(e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is "
                + "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')");
    }

    @Test
    void annotationsSizeAndKeys() {
        String big = "x".repeat(262144);
        ConfigMap cm = Json.read("{'metadata':{'name':'x','annotations':{'Example.COM/Key':'ok','k':'" + big + "'}}}",
            ConfigMap.class);
        List<FieldError> errors = rules.validateCreate(cm);
        assertThat(messages(errors)).containsExactly("metadata.annotations: Too long: must have at most 262144 bytes");
        assertThat(errors.get(0).type().reason()).isEqualTo("FieldValueTooLong");
    }

    @Test
    void updateKeepsNameAndRejectsNewFinalizersWhileDeleting() {
        ConfigMap old = Json.read("{'metadata':{'name':'x','deletionTimestamp':'2024-01-01T00:00:00Z'}}", ConfigMap.class);
        ConfigMap now = Json.read("{'metadata':{'name':'y','deletionTimestamp':'2024-01-01T00:00:00Z',"
            + "'finalizers':['example.com/f']}}", ConfigMap.class);
        assertThat(messages(rules.validateUpdate(now, old))).containsExactly(
            "metadata.name: Invalid value: \"y\": field is immutable",
            "metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found "
                + "new finalizers []string{\"example.com/f\"}");
    }

    @Test
    void finalizerNamesMustBeQualifiedOrStandard() {
        ConfigMap cm = Json.read("{'metadata':{'name':'x','finalizers':['foo','kubernetes']}}", ConfigMap.class);
        assertThat(messages(rules.validateCreate(cm))).containsExactly("metadata.finalizers: Invalid value: \"foo\": "
            + "name is neither a standard finalizer name nor is it fully qualified");
    }
}
