package com.posclearing.ingest.internal;

import com.posclearing.kernel.InputRejectedException;
import com.posclearing.kernel.Yuan;
import com.posclearing.layout.Companion;
import com.posclearing.layout.Layout;
import com.posclearing.layout.RawRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts and sums a file's detail records for the totals its companion file declares (ZM against its RD summary); a
 * difference rejects the file with a sentence naming both files and both totals.
 */
final class CompanionCheck {
    private final Layout layout;
    private final String fileName;
    private final Companion.Totals declared;
    private final Map<String, Long> sums = new LinkedHashMap<>();
    private long count;

    CompanionCheck(Layout layout, String fileName, Companion.Totals declared) {
        this.layout = layout;
        this.fileName = fileName;
        this.declared = declared;
    }

    void accept(RawRecord r) {
        if (!r.recordType().equals(layout.detailType())) {
            return;
        }
        count++;
        if (layout.skips(r)) {
            return; // counted as a line, summed as no money (see FileVerifier)
        }
        for (String field : layout.companion().sums().keySet()) {
            String v = r.get(field);
            if (v == null) {
                String reason = r.problem() != null && r.problem().field().equals(field) ? r.problem().reason() : "is missing";
                throw new InputRejectedException(fileName, r.lineNo(), field, reason + ", so the total of " + field
                        + " in its companion " + declared.fileName() + " cannot be checked");
            }
            sums.merge(field, Long.parseLong(v), Math::addExact);
        }
    }

    void finish() {
        if (declared.count() != null && declared.count() != count) {
            throw differs("count", declared.count() + " records", count + " " + layout.detailType() + " records");
        }
        for (Map.Entry<String, Long> e : new TreeMap<>(declared.sumsFen()).entrySet()) {
            long actual = sums.getOrDefault(e.getKey(), 0L);
            if (actual != e.getValue()) {
                throw differs(e.getKey(), money(e.getValue()), money(actual));
            }
        }
    }

    private InputRejectedException differs(String field, String declaredText, String actualText) {
        return new InputRejectedException(fileName, 0, field, "its companion " + declared.fileName() + " line "
                + declared.lineNo() + " declares " + field + " " + declaredText + " but " + fileName + " has "
                + actualText + ": the two files do not belong together (or one is damaged); the file is refused");
    }

    private static String money(long fen) {
        return Yuan.format(fen) + " yuan (" + fen + " fen)";
    }
}
