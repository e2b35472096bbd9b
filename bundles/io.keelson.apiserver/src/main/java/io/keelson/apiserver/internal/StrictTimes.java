package io.keelson.apiserver.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.temporal.Temporal;

/** Times (fabric8's ZonedDateTime MicroTime fields) only from their RFC 3339 text: a number is a decode error, as in Go. */
final class StrictTimes {

    private StrictTimes() {
    }

    static SimpleModule module() {
        SimpleModule m = new SimpleModule("keelson-strict-times");
        m.setDeserializerModifier(new BeanDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription desc, JsonDeserializer<?> d) {
                return Temporal.class.isAssignableFrom(desc.getBeanClass()) ? new TextOnly(d) : d;
            }
        });
        return m;
    }

    private static final class TextOnly extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        TextOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new TextOnly(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != null && p.currentToken().isNumeric()) {
                return ctxt.handleUnexpectedToken(handledType(), JsonToken.VALUE_NUMBER_INT, p, "a time must be an RFC 3339 string");
            }
            return super.deserialize(p, ctxt);
        }
    }
}
