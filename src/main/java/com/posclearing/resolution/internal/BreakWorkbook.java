package com.posclearing.resolution.internal;

import com.posclearing.kernel.InvalidValueException;
import com.posclearing.resolution.Break;
import com.posclearing.resolution.BreakAction;
import com.posclearing.resolution.BreakId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Excel round trip of SPEC 3.4, with Apache POI: one row per open break, every cell locked but the action (a
 * drop-down of the actions allowed for that row) and the reason; a hidden column holds a fingerprint of the row's
 * state at export, so an import sees a break that changed since.
 */
public final class BreakWorkbook {
    /** Read-only columns, as exported; their values are checked again at import. */
    static final List<String> LOCKED = List.of("break_id", "business_date", "outcome", "side", "merchant_id", "terminal_id",
            "rrn", "stan", "terminal_fen", "bank_fen", "state");
    static final int ACTION = LOCKED.size();
    static final int REASON = ACTION + 1;
    static final int FINGERPRINT = REASON + 1;
    private static final String SHEET = "breaks";
    /** The console's upload limit (spring.servlet.multipart.max-file-size), for the command line's import too. */
    static final long MAX_IMPORT_BYTES = 20L << 20;

    private BreakWorkbook() {
    }

    /** A filled row read back: the proposal it asks for. */
    public record Proposal(BreakId id, BreakAction action, String reason) {
    }

    static List<String> values(Break b) {
        return List.of(b.id().value(), b.businessDate().toString(), b.outcome().name(), b.side(), b.merchantId().value(),
                b.terminalId().value(), b.rrn(), b.stan(), Long.toString(b.terminalFen()), Long.toString(b.bankFen()),
                b.state().name());
    }

    /** What must not have changed between export and import: the row's values and how many events the break has. */
    public static String fingerprint(Break b, int events) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((String.join("|", values(b)) + "|" + events).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** Writes the workbook to a temp name, then renames it. */
    public static void write(Path file, List<Break> open, Function<Break, String> fingerprints) {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(SHEET);
            CellStyle editable = wb.createCellStyle();
            editable.setLocked(false);
            Row header = sheet.createRow(0);
            for (int c = 0; c < LOCKED.size(); c++) {
                header.createCell(c).setCellValue(LOCKED.get(c));
            }
            header.createCell(ACTION).setCellValue("action");
            header.createCell(REASON).setCellValue("reason");
            header.createCell(FINGERPRINT).setCellValue("fingerprint");
            DataValidationHelper dv = sheet.getDataValidationHelper();
            for (int i = 0; i < open.size(); i++) {
                Break b = open.get(i);
                Row row = sheet.createRow(i + 1);
                List<String> v = values(b);
                for (int c = 0; c < v.size(); c++) {
                    row.createCell(c).setCellValue(v.get(c));
                }
                row.createCell(ACTION).setCellStyle(editable);
                row.createCell(REASON).setCellStyle(editable);
                row.createCell(FINGERPRINT).setCellValue(fingerprints.apply(b));
                String[] allowed = BreakAction.forOutcome(b.outcome()).stream().map(Enum::name).toArray(String[]::new);
                var validation = dv.createValidation(dv.createExplicitListConstraint(allowed),
                        new CellRangeAddressList(i + 1, i + 1, ACTION, ACTION));
                validation.setShowErrorBox(true);
                sheet.addValidationData(validation);
            }
            for (int c = 0; c < LOCKED.size(); c++) {
                sheet.setColumnWidth(c, (c == 0 ? 40 : 16) * 256);
            }
            sheet.setColumnWidth(ACTION, 16 * 256);
            sheet.setColumnWidth(REASON, 40 * 256);
            sheet.setColumnHidden(FINGERPRINT, true);
            sheet.createFreezePane(0, 1);
            sheet.protectSheet("");
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void checkSize(Path file) {
        try {
            long bytes = Files.size(file);
            if (bytes > MAX_IMPORT_BYTES) {
                throw new InvalidValueException(file.toString(), String.format(Locale.ROOT, "has %,d bytes, more than the"
                        + " %,d a breaks workbook may have: export fewer breaks (one date or state at a time) and import"
                        + " them in parts", bytes, MAX_IMPORT_BYTES));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the filled rows back and checks each against the break as it is now; every bad row and column is named in
     * one refusal, so nothing is proposed unless every row is right.
     */
    public static List<Proposal> read(Path file, Map<BreakId, Break> current, Function<Break, String> fingerprints) {
        List<Proposal> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        DataFormatter fmt = new DataFormatter(Locale.ROOT);
        checkSize(file);
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(SHEET);
            if (sheet == null) {
                throw new InvalidValueException(file.toString(), "has no sheet '" + SHEET + "'; use ops/settle breaks export");
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String action = text(fmt, row, ACTION);
                String reason = text(fmt, row, REASON);
                if (action.isEmpty() && reason.isEmpty()) {
                    continue;
                }
                String where = file.getFileName() + " row " + (r + 1);
                String id = text(fmt, row, 0);
                Break b = parseId(id).map(current::get).orElse(null);
                if (b == null) {
                    errors.add(where + " column break_id: '" + id + "' is not a break");
                    continue;
                }
                if (!fingerprints.apply(b).equals(text(fmt, row, FINGERPRINT))) {
                    errors.add(where + " column fingerprint: " + id + " changed since the export (it is now " + b.state()
                            + "); export again");
                    continue;
                }
                List<String> v = values(b);
                for (int c = 1; c < LOCKED.size(); c++) {
                    if (!v.get(c).equals(text(fmt, row, c))) {
                        errors.add(where + " column " + LOCKED.get(c) + ": read-only cell edited ('" + text(fmt, row, c)
                                + "', exported '" + v.get(c) + "')");
                    }
                }
                BreakAction a = BreakAction.forOutcome(b.outcome()).stream().filter(x -> x.name().equals(action)).findFirst()
                        .orElse(null);
                if (a == null) {
                    errors.add(where + " column action: '" + action + "' is not allowed for " + b.outcome() + " (allowed: "
                            + BreakAction.forOutcome(b.outcome()) + ")");
                } else if (a == BreakAction.PAIR) {
                    errors.add(where + " column action: PAIR needs the break to pair with; use ops/settle breaks propose"
                            + " --pair");
                }
                if (reason.isEmpty()) {
                    errors.add(where + " column reason: a reason is required");
                }
                if (a != null) {
                    out.add(new Proposal(b.id(), a, reason));
                }
            }
        } catch (IOException e) {
            throw new InvalidValueException(file.toString(), "cannot be read as a workbook: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new InvalidValueException(file.toString(), "nothing imported, " + errors.size() + " errors: "
                    + String.join("; ", errors));
        }
        return out;
    }

    private static Optional<BreakId> parseId(String id) {
        try {
            return Optional.of(BreakId.of(id));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private static String text(DataFormatter fmt, Row row, int c) {
        Cell cell = row.getCell(c);
        return cell == null ? "" : fmt.formatCellValue(cell).trim();
    }
}
