package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Excel round trip of SPEC 3.4 through the command line: export, edit with POI as an operator would, import. */
class BreakWorkbookIT extends FirstDateBreaks {
    Path book;

    @BeforeEach
    void exportFirstDate() {
        book = out.resolve("20261230/reports/breaks_open_20261230.xlsx");
        assertThat(settle("breaks", "export", "--date", "2026-12-30").lastLine())
                .isEqualTo("3 open breaks of 2026-12-30 written to " + book);
    }

    @Test
    void exportLocksWhatIsReadOnlyAndOffersEachRowItsOwnActions() throws IOException {
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("breaks");
            assertThat(sheet.getProtect()).isTrue();
            assertThat(cells(sheet.getRow(0))).containsExactly("break_id", "business_date", "outcome", "side", "merchant_id",
                    "terminal_id", "rrn", "stan", "terminal_fen", "bank_fen", "state", "action", "reason", "fingerprint");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(cells(sheet.getRow(2)).subList(0, 11)).containsExactly(MISMATCH, "2026-12-30", "AMOUNT_MISMATCH",
                    "BOTH", "898310058120002", "58120201", "261230000009", "000103", "15800", "18500", "OPEN");
            assertThat(sheet.isColumnHidden(13)).isTrue();
            assertThat(sheet.getRow(2).getCell(13).getStringCellValue()).matches("[0-9a-f]{16}");
            for (int c = 0; c <= 13; c++) {
                assertThat(sheet.getRow(1).getCell(c).getCellStyle().getLocked()).as("column %d", c)
                        .isEqualTo(c != 11 && c != 12);
            }
            List<String> dropDowns = new ArrayList<>();
            for (XSSFDataValidation v : sheet.getDataValidations()) {
                var range = v.getRegions().getCellRangeAddress(0);
                dropDowns.add(range.formatAsString() + " " + Arrays.toString(v.getValidationConstraint().getExplicitListValues()));
            }
            assertThat(dropDowns).containsExactlyInAnyOrder("L2 [BANK_WINS, WRITE_OFF]",
                    "L3 [BANK_WINS, TERMINAL_WINS, WRITE_OFF]", "L4 [WRITE_OFF]");
        }
    }

    @Test
    void importProposesEveryFilledRowAndSkipsEmptyOnes() throws IOException {
        edit(sheet -> {
            fill(sheet.getRow(2), "BANK_WINS", "slip shows 185.00");
            fill(sheet.getRow(3), "WRITE_OFF", "declined at the terminal");
        });
        assertThat(settle("breaks", "import", book.toString(), "--operator", "alice").lastLine())
                .isEqualTo("2 proposals imported from " + book);
        assertThat(db.column("SELECT break_id || ' ' || state || ' ' || COALESCE(action_code, '-') || ' ' || COALESCE(proposed_by,"
                + " '-') FROM break_record ORDER BY break_id")).containsExactly(MISSING + " OPEN - -",
                MISMATCH + " PROPOSED BANK_WINS alice", REJECTED + " APPROVED WRITE_OFF alice");
    }

    @Test
    void aTamperedWorkbookIsRefusedWholeNamingEveryBadRowAndColumn() throws IOException {
        edit(sheet -> {
            fill(sheet.getRow(1), "TERMINAL_WINS", "bank is wrong");
            fill(sheet.getRow(2), "BANK_WINS", "slip shows 185.00");
            fill(sheet.getRow(3), "WRITE_OFF", "");
            sheet.getRow(3).getCell(9).setCellValue("1");
            Row extra = sheet.createRow(4);
            extra.createCell(0).setCellValue("BRK-20261230-T-58120601-261230009999");
            fill(extra, "WRITE_OFF", "not in the export");
        });
        assertThat(settle("breaks", "propose", MISMATCH, "--action", "WRITE_OFF", "--reason", "meanwhile", "--operator",
                "carol").exitCode()).isZero();
        List<String> before = db.column("SELECT break_id || ' ' || state FROM break_record ORDER BY break_id");

        Cli.Result refused = settle("breaks", "import", book.toString(), "--operator", "alice");

        assertThat(refused.exitCode()).isEqualTo(2);
        String name = book.getFileName().toString();
        assertThat(refused.err()).isEqualTo("settle: " + book + ": nothing imported, 5 errors: "
                + name + " row 2 column action: 'TERMINAL_WINS' is not allowed for MISSING_AT_TERMINAL (allowed: [BANK_WINS,"
                + " WRITE_OFF]); "
                + name + " row 3 column fingerprint: " + MISMATCH + " changed since the export (it is now PROPOSED); export"
                + " again; "
                + name + " row 4 column bank_fen: read-only cell edited ('1', exported '9900'); "
                + name + " row 4 column reason: a reason is required; "
                + name + " row 5 column break_id: 'BRK-20261230-T-58120601-261230009999' is not a break\n");
        assertThat(db.column("SELECT break_id || ' ' || state FROM break_record ORDER BY break_id")).isEqualTo(before)
                .containsExactly(MISSING + " OPEN", MISMATCH + " PROPOSED", REJECTED + " OPEN");
        assertThat(db.column("SELECT COUNT(*) FROM break_event WHERE actor = 'alice'")).containsExactly("0");
    }

    interface Edit {
        void apply(XSSFSheet sheet);
    }

    private void edit(Edit edit) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(book)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb; OutputStream o = Files.newOutputStream(book)) {
            edit.apply(wb.getSheet("breaks"));
            wb.write(o);
        }
    }

    private static void fill(Row row, String action, String reason) {
        row.createCell(11).setCellValue(action);
        row.createCell(12).setCellValue(reason);
    }

    private static List<String> cells(Row row) {
        DataFormatter fmt = new DataFormatter();
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(fmt.formatCellValue(c)));
        return out;
    }
}
