package com.posclearing.retention.batch;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.retention.RetentionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Collectors;

/** What one purge did (or, dry, would do), kind by kind. */
public record PurgeReport(LocalDate asOf, boolean dryRun, List<Kind> kinds) {

    /**
     * @param lastPurgeable the latest date past the kind's policy on the as-of day
     * @param purged        the dates whose items went (would go)
     * @param items         files, or rows, removed (to be removed)
     * @param kept          dates past policy kept, with why
     */
    public record Kind(RetentionKind kind, BusinessDate lastPurgeable, List<BusinessDate> purged, long items,
            SortedMap<BusinessDate, String> kept) {

        /** e.g. {@code records: removed 2 dates (2026-12-30..2026-12-31), 180 rows; kept past policy: 2027-01-01 (…)}. */
        public String describe(boolean dryRun) {
            String dates = purged.isEmpty() ? "0 dates"
                    : purged.size() + (purged.size() == 1 ? " date (" : " dates (") + purged.get(0)
                            + (purged.size() == 1 ? "" : ".." + purged.get(purged.size() - 1)) + ")";
            String keptText = kept.isEmpty() ? "" : "; kept past policy: " + kept.entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
            return kind.key() + " up to " + lastPurgeable + ": " + (dryRun ? "would remove " : "removed ") + dates + ", "
                    + items + " " + kind.unit() + keptText;
        }
    }

    public long items() {
        return kinds.stream().mapToLong(Kind::items).sum();
    }
}
