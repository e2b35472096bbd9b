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

    private static final String[] BINARY = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
    private static final java.util.Map<String, Integer> DECIMAL_EXP = java.util.Map.of("n", -9, "u", -6, "m", -3, "", 0, "k", 3, "M", 6,
            "G", 9, "T", 12, "P", 15, "E", 18);

    /**
     * The canonical text Kubernetes stores (Quantity.String): binary amounts of at least 1024 with the
     * largest binary suffix that keeps them whole, else the largest decimal SI suffix (or exponent) that
     * keeps the amount whole, rounded up to nano units ("0.1" is "100m", "1536Mi" stays, "1000m" is "1").
     */
    static String canonical(String text) {
        java.util.regex.Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return text;
        }
        String suffix = m.group(2);
        java.math.BigDecimal number = new java.math.BigDecimal(m.group(1).startsWith("+") ? m.group(1).substring(1) : m.group(1));
        boolean binary = suffix.endsWith("i");
        boolean exponent = suffix.startsWith("e") || suffix.startsWith("E");
        java.math.BigDecimal value = binary ? number.multiply(java.math.BigDecimal.valueOf(1024).pow(index(suffix)))
                : number.scaleByPowerOfTen(exponent ? Integer.parseInt(suffix.substring(1).replace("+", "")) : DECIMAL_EXP.get(suffix));
        if (value.signum() == 0) {
            return "0";
        }
        if (binary && value.abs().compareTo(java.math.BigDecimal.valueOf(1024)) >= 0 && value.stripTrailingZeros().scale() <= 0) {
            java.math.BigInteger whole = value.toBigIntegerExact();
            int k = 0;
            java.math.BigInteger unit = java.math.BigInteger.valueOf(1024);
            while (k < 6 && whole.mod(unit).signum() == 0) {
                whole = whole.divide(unit);
                k++;
            }
            return whole + BINARY[k];
        }
        java.math.BigDecimal nanos = value.setScale(9, java.math.RoundingMode.UP);
        for (int e = 18; e >= -9; e -= 3) {
            java.math.BigDecimal mantissa = nanos.scaleByPowerOfTen(-e);
            if (mantissa.stripTrailingZeros().scale() <= 0) {
                String digits = mantissa.toBigIntegerExact().toString();
                if (exponent) {
                    return e == 0 ? digits : digits + "e" + e;
                }
                final int exp = e;
                return digits + DECIMAL_EXP.entrySet().stream().filter(x -> x.getValue() == exp).findFirst().orElseThrow().getKey();
            }
        }
        return text;
    }

    private static int index(String binarySuffix) {
        for (int i = 0; i < BINARY.length; i++) {
            if (BINARY[i].equals(binarySuffix)) {
                return i;
            }
        }
        return 0;
    }

    /** Put on fabric8's Quantity as a mix-in, so it replaces the class's own lenient deserializer. */
    @JsonDeserialize(using = Strict.class)
    abstract static class Mixin {
    }

    static final class Strict extends JsonDeserializer<Quantity> {
        @Override
        public Quantity deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken().isNumeric()) {
                return new Quantity(canonical(p.getText()));
            }
            if (!p.currentToken().equals(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
                throw ctxt.weirdStringException(p.getText(), Quantity.class, "quantities must be strings or numbers");
            }
            String text = p.getText();
            if (!valid(text)) {
                throw ctxt.weirdStringException(text, Quantity.class, "quantities must match the regular expression '" + REGEX + "'");
            }
            return new Quantity(canonical(text));
        }
    }
}
