package io.keelson.apiserver.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Quantities as resource.ParseQuantity accepts them (a number with an optional SI, binary or decimal
 * exponent suffix); anything else is a decode error, as in Kubernetes, not a stored string.
 */
final class Quantities {

    static final String REGEX = "^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$";
    private static final Pattern FORMAT = Pattern.compile("([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))"
            + "(|Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)");

    private Quantities() {
    }

    static boolean valid(String text) {
        return FORMAT.matcher(text).matches();
    }

    /** Put on fabric8's Quantity as a mix-in, so it replaces the class's own lenient deserializer. */
    @JsonDeserialize(using = Strict.class)
    abstract static class Mixin {
    }

    static final class Strict extends JsonDeserializer<Quantity> {
        @Override
        public Quantity deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken().isNumeric()) {
                return new Quantity(p.getText());
            }
            if (!p.currentToken().equals(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
                throw ctxt.weirdStringException(p.getText(), Quantity.class, "quantities must be strings or numbers");
            }
            String text = p.getText();
            if (!valid(text)) {
                throw ctxt.weirdStringException(text, Quantity.class, "quantities must match the regular expression '" + REGEX + "'");
            }
            return new Quantity(text);
        }
    }
}
