package com.posclearing.support.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Excel's limits, which a file must keep for Excel to open it: 1,048,576 rows and 16,384 columns per sheet, sheet
 * names of 1 to 31 characters without {@code : \ / ? * [ ]}, not quoted, unique whatever their case, and 32,767
 * characters per cell. A writer splits what can be split (rows continue in a sheet named {@code name (2)}) and
 * refuses the rest with {@link XlsxLimitException}.
 */
public final class XlsxLimits {
    public static final int MAX_ROWS = 1_048_576;
    public static final int MAX_COLUMNS = 16_384;
    public static final int MAX_SHEET_NAME_CHARS = 31;
    public static final int MAX_CELL_CHARS = 32_767;
    private static final String FORBIDDEN_IN_NAMES = ":\\/?*[]";

    private XlsxLimits() {
    }

    /**
     * Sheets needed for {@code dataRows} rows under a title block and a header row each, at most {@code maxRows} rows
     * a sheet; at least 1.
     */
    public static int sheetsFor(long dataRows, int maxRows) {
        long perSheet = maxRows - (long) SheetWriter.HEAD_ROWS;
        return (int) Math.max(1, (dataRows + perSheet - 1) / perSheet);
    }

    /**
     * The names of a sheet continued over {@code sheets} sheets: {@code name}, {@code name (2)}, {@code name (3)}…, the
     * name shortened where the number would pass 31 characters.
     */
    public static List<String> continuedNames(String name, int sheets) {
        List<String> names = new ArrayList<>(sheets);
        names.add(name);
        for (int i = 2; i <= sheets; i++) {
            String suffix = " (" + i + ")";
            String base = name.length() + suffix.length() > MAX_SHEET_NAME_CHARS
                    ? name.substring(0, MAX_SHEET_NAME_CHARS - suffix.length()) : name;
            names.add(base + suffix);
        }
        return names;
    }

    /** Refuses a workbook's sheet names Excel would not open. */
    static void checkSheetNames(List<String> names) {
        List<String> seen = new ArrayList<>();
        for (String name : names) {
            if (name.isEmpty() || name.length() > MAX_SHEET_NAME_CHARS) {
                throw new XlsxLimitException("a sheet name has 1 to " + MAX_SHEET_NAME_CHARS + " characters: '" + name + "'");
            }
            for (char c : name.toCharArray()) {
                if (FORBIDDEN_IN_NAMES.indexOf(c) >= 0) {
                    throw new XlsxLimitException("a sheet name may not contain " + FORBIDDEN_IN_NAMES + ": '" + name + "'");
                }
            }
            if (name.startsWith("'") || name.endsWith("'")) {
                throw new XlsxLimitException("a sheet name may not begin or end with an apostrophe: '" + name + "'");
            }
            String folded = name.toUpperCase(Locale.ROOT);
            if (seen.contains(folded)) {
                throw new XlsxLimitException("two sheets named '" + name + "' (Excel ignores case)");
            }
            seen.add(folded);
        }
    }
}
