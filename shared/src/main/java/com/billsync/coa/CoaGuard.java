package com.billsync.coa;

/**
 * Refuses plans that would change too much at once: archiving more than {@code maxArchiveShare} of Bill.com's
 * active rows, or writing more than {@code maxChanges} rows (creates included: a first alignment of a large
 * chart is exactly what a finance team wants to look at before it happens). A refused plan runs only after an
 * approval of its fingerprint.
 *
 * @param maxArchiveShare {@code COA_MAX_ARCHIVE_SHARE} (default 0.2): archives / active Bill.com rows
 * @param maxChanges      {@code COA_MAX_CHANGES} (default 50): rows created, updated, archived or restored
 */
public record CoaGuard(double maxArchiveShare, int maxChanges) {

    public static final double DEFAULT_MAX_ARCHIVE_SHARE = 0.2;
    public static final int DEFAULT_MAX_CHANGES = 50;

    public CoaGuard {
        if (!(maxArchiveShare >= 0 && maxArchiveShare <= 1)) {
            throw new IllegalArgumentException("maxArchiveShare must be between 0 and 1");
        }
        if (maxChanges < 0) {
            throw new IllegalArgumentException("maxChanges must not be negative");
        }
    }

    public static CoaGuard defaults() {
        return new CoaGuard(DEFAULT_MAX_ARCHIVE_SHARE, DEFAULT_MAX_CHANGES);
    }

    /** The guard's numbers for a plan and whether it trips. */
    public record Verdict(int archives, int activeRows, double archiveShare, double maxArchiveShare, int changes,
                          int maxChanges) {

        public boolean archivesTooMany() {
            return archiveShare > maxArchiveShare;
        }

        public boolean changesTooMany() {
            return changes > maxChanges;
        }

        public boolean tripped() {
            return archivesTooMany() || changesTooMany();
        }

        /** Why the plan is refused, with the numbers; empty when it is not. */
        public String reason() {
            StringBuilder out = new StringBuilder();
            if (archivesTooMany()) {
                out.append(String.format(java.util.Locale.ROOT,
                        "it would archive %d of Bill.com's %d active accounts (%.1f%%, limit %.1f%%)", archives,
                        activeRows, archiveShare * 100, maxArchiveShare * 100));
            }
            if (changesTooMany()) {
                if (!out.isEmpty()) {
                    out.append(" and ");
                }
                out.append("it would change ").append(changes).append(" Bill.com rows (limit ").append(maxChanges)
                        .append(')');
            }
            return out.toString();
        }
    }

    public Verdict evaluate(CoaPlan plan) {
        int archives = plan.archives();
        int active = plan.activeBillcomRows();
        double share = archives == 0 ? 0 : active == 0 ? 1 : (double) archives / active;
        return new Verdict(archives, active, share, maxArchiveShare, plan.changes(), maxChanges);
    }
}
