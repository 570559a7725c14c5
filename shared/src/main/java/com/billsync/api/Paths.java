package com.billsync.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits and matches paths; {@code /a/b/} and {@code /a/b} are the same path. */
final class Paths {

    private Paths() {
    }

    /** The decoded segments, or empty when the path is malformed (empty segment, bad escape). */
    static Optional<List<String>> decode(String rawPath) {
        String path = rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
        if (!path.startsWith("/")) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String raw : path.substring(1).split("/", -1)) {
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            try {
                segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(segments);
    }

    static List<String> segments(String template) {
        return decode(template).orElseThrow();
    }

    static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    static String parameterName(String segment) {
        return segment.substring(1, segment.length() - 1);
    }
}
