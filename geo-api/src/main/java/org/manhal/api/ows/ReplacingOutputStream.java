package org.manhal.api.ows;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Replaces byte sequences in a stream as it passes, keeping back only as many bytes as the
 * longest sequence could still need: MapServer's text answers (capabilities, GML, exceptions)
 * get the client's address for the placeholder of {@link MapfileWriter#ONLINE_RESOURCE}, and
 * lose the server's paths, without being held in memory.
 */
final class ReplacingOutputStream extends FilterOutputStream {

    private final byte[][] from;
    private final byte[][] to;
    private final int keep;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    ReplacingOutputStream(OutputStream out, Map<String, String> replacements) {
        super(out);
        Map<String, String> r = new LinkedHashMap<>(replacements);
        r.keySet().removeIf(String::isEmpty);
        from = r.keySet().stream().map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toArray(byte[][]::new);
        to = r.values().stream().map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toArray(byte[][]::new);
        keep = Arrays.stream(from).mapToInt(b -> b.length).max().orElse(1) - 1;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        pending.write(b, off, len);
        if (pending.size() > 8192 + keep) {
            drain(false);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        drain(true);
        out.close();
    }

    /** Writes out what can no longer be part of a sequence (everything at the end). */
    private void drain(boolean all) throws IOException {
        byte[] data = pending.toByteArray();
        int limit = all ? data.length : data.length - keep;
        int i = 0;
        int start = 0;
        while (i < limit) {
            int match = matchAt(data, i);
            if (match >= 0) {
                out.write(data, start, i - start);
                out.write(to[match]);
                i += from[match].length;
                start = i;
            } else {
                i++;
            }
        }
        out.write(data, start, i - start);
        pending.reset();
        pending.write(data, i, data.length - i);
    }

    private int matchAt(byte[] data, int i) {
        for (int k = 0; k < from.length; k++) {
            byte[] f = from[k];
            if (i + f.length <= data.length && Arrays.equals(data, i, i + f.length, f, 0, f.length)) {
                return k;
            }
        }
        return -1;
    }
}
