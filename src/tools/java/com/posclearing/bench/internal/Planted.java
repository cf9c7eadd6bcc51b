package com.posclearing.bench.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The outcomes a correct job decides on a generated data set ("terminal."/"bank." + outcome → count), and the check
 * that fails a run whose counts differ: a fast wrong answer is worth nothing.
 */
public final class Planted {
    private Planted() {
    }

    /** The generator's counts for a night on a database without pending items from earlier nights. */
    public static Map<String, Long> of(DataSet data) {
        Map<String, Long> expected = new TreeMap<>();
        data.result().terminalOutcomes().forEach((k, v) -> expected.put("terminal." + k, v));
        data.result().bankOutcomes().forEach((k, v) -> expected.put("bank." + k, v));
        return expected;
    }

    /**
     * A night's counts after earlier nights (SPEC 3.1): the items left pending by the W − 1 nights before are pending
     * again, those of the night W before are missing at the bank (the generator clears no pending item late).
     *
     * @param pendingByNight the PENDING count each earlier night planted, oldest first, the night before last
     */
    public static Map<String, Long> afterHistory(Map<String, Long> night, List<Long> pendingByNight, int carryWindowDays) {
        Map<String, Long> expected = new TreeMap<>(night);
        int n = pendingByNight.size();
        for (int back = 1; back < carryWindowDays && n - back >= 0; back++) {
            add(expected, "terminal.PENDING", pendingByNight.get(n - back));
        }
        if (carryWindowDays > 0 && n - carryWindowDays >= 0) {
            add(expected, "terminal.MISSING_AT_BANK", pendingByNight.get(n - carryWindowDays));
        }
        return expected;
    }

    private static void add(Map<String, Long> counts, String key, long n) {
        if (n > 0) {
            counts.merge(key, n, Long::sum);
        }
    }

    /** @throws IllegalStateException naming every count that differs */
    public static void check(Map<String, Long> expected, Map<String, Long> actual, Path runDir) {
        List<String> differences = new ArrayList<>();
        Set<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String key : keys) {
            long e = expected.getOrDefault(key, 0L);
            long a = actual.getOrDefault(key, 0L);
            if (e != a) {
                differences.add(key + " expected " + e + " but the job decided " + a);
            }
        }
        if (!differences.isEmpty()) {
            throw new IllegalStateException("the job's outcomes differ from the generator's, so its timings mean nothing: "
                    + String.join("; ", differences) + " (run folder kept: " + runDir + ")");
        }
    }
}
