package io.keelson.apiserver.internal.handlers;

import io.keelson.apiserver.internal.http.Exchange;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A 200 response body sent whole (with a Content-Length) while it fits a buffer, and streamed (chunked,
 * a buffer at a time) once it outgrows it: small lists go out as before, a big one leaves as it is
 * read and is never held whole. Until it streams, nothing is committed and a failure can still be
 * answered with a Status.
 */
final class LazyBody extends OutputStream {

    static final int BUFFER = 64 * 1024;
    private final Exchange ex;
    private final String contentType;
    private byte[] buf = new byte[BUFFER];
    private int count;
    private OutputStream raw;
    private OutputStream out;

    LazyBody(Exchange ex, String contentType) {
        this.ex = ex;
        this.contentType = contentType;
    }

    @Override
    public void write(int b) throws IOException {
        if (out != null) {
            out.write(b);
            return;
        }
        if (count == buf.length) {
            startStreaming();
            out.write(b);
            return;
        }
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (out == null && count + len > buf.length) {
            startStreaming();
        }
        if (out != null) {
            out.write(b, off, len);
            return;
        }
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    private void startStreaming() throws IOException {
        raw = ex.stream(200, contentType);
        out = new BufferedOutputStream(raw, BUFFER);
        out.write(buf, 0, count);
        buf = null;
    }

    /** Whether the status has gone out (a failure now can only cut the response short). */
    boolean streaming() {
        return out != null;
    }

    /** Sends what is buffered, or ends the stream. */
    void finish() throws IOException {
        if (out == null) {
            ex.bytes(200, contentType, Arrays.copyOf(buf, count));
            return;
        }
        out.flush();
        ex.finishStream(raw);
    }
}
