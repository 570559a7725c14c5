package com.billsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * SHA-256 of a JSON tree in canonical form (keys sorted at every level), so the same content always hashes
 * the same whatever order the fields came in.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(JsonNode node) {
        return of(node, Set.of());
    }

    /** The hash of {@code node} without its top-level fields named in {@code ignored}. */
    public static String of(JsonNode node, Set<String> ignored) {
        StringBuilder out = new StringBuilder();
        canonical(node, ignored, out);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(out.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void canonical(JsonNode node, Set<String> ignored, StringBuilder out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            out.append('{');
            boolean first = true;
            for (String name : names) {
                JsonNode value = node.get(name);
                if (ignored.contains(name) || value == null || value.isNull()) {
                    continue;
                }
                out.append(first ? "" : ",").append(TextNode.valueOf(name)).append(':');
                canonical(value, Set.of(), out);
                first = false;
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ",");
                canonical(node.get(i), Set.of(), out);
            }
            out.append(']');
        } else if (node.isNumber()) {
            // 12.5 and 12.50 are the same amount.
            out.append(node.decimalValue().stripTrailingZeros().toPlainString());
        } else {
            out.append(node.toString());
        }
    }
}
