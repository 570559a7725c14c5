package com.billsync.simulator.store;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Bill.com-shaped ids: a 3-character prefix, {@code 02}, ten capitals, one capital or digit and four lower-case
 * letters or digits (20 characters, like {@code 00n02JZNIEYMNPY99iz9}). Seeded, so a generated org is reproducible.
 */
public final class Ids {
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String UPPER_DIGIT = UPPER + "0123456789";
    private static final String LOWER_DIGIT = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final SplittableRandom random;
    private final Set<String> issued = new HashSet<>();

    public Ids(long seed) {
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    }

    /** A new id, unique among the ids this generator issued. */
    public synchronized String next(String prefix) {
        if (prefix.length() != 3) {
            throw new IllegalArgumentException("id prefix must have 3 characters: " + prefix);
        }
        while (true) {
            String id = format(random, prefix);
            if (issued.add(id)) {
                return id;
            }
        }
    }

    /** Marks an id as taken (e.g. stored raw by a test) so it is never issued. */
    public synchronized void reserve(String id) {
        issued.add(id);
    }

    static String format(SplittableRandom random, String prefix) {
        StringBuilder id = new StringBuilder(20).append(prefix).append("02");
        for (int i = 0; i < 10; i++) {
            id.append(UPPER.charAt(random.nextInt(UPPER.length())));
        }
        id.append(UPPER_DIGIT.charAt(random.nextInt(UPPER_DIGIT.length())));
        for (int i = 0; i < 4; i++) {
            id.append(LOWER_DIGIT.charAt(random.nextInt(LOWER_DIGIT.length())));
        }
        return id.toString();
    }
}
