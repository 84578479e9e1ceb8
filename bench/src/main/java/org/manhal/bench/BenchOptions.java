package org.manhal.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} options; a flag without a value is "true". */
public final class BenchOptions {

    private final Map<String, String> values;

    private BenchOptions(Map<String, String> values) {
        this.values = values;
    }

    public static BenchOptions parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option, found " + args[i]);
            }
            boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
            values.put(args[i].substring(2), flag ? "true" : args[++i]);
        }
        return new BenchOptions(values);
    }

    public long number(String name, long fallback) {
        String v = values.get(name);
        return v == null ? fallback : Long.parseLong(v.replace("_", ""));
    }

    public String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }
}
