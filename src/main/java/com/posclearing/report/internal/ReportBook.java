package com.posclearing.report.internal;

import com.posclearing.support.i18n.Label;
import com.posclearing.support.i18n.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The operators' workbook in POI. Sheets that need POI's object model (charts) are built in memory first; the others
 * are streamed ({@link SXSSFWorkbook}: a bank outage can make 100 k breaks). Saved reproducibly: a fixed creation
 * time, and every zip entry re-stamped with a fixed time (POI stamps them with the clock).
 */
public final class ReportBook implements AutoCloseable {
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final int ROWS_IN_MEMORY = 200;

    private final XSSFWorkbook base = new XSSFWorkbook();
    private SXSSFWorkbook streamed;
    final Language language;
    final CellStyle header;
    final CellStyle money;
    final CellStyle count;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle percent;
    final CellStyle flagged;

    public ReportBook(Language language) {
        this.language = language;
        base.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(FIXED_TIME.toInstant(ZoneOffset.UTC))));
        Font bold = base.createFont();
        bold.setBold(true);
        header = base.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        money = numberStyle("#,##0.00");
        count = numberStyle("0");
        date = numberStyle("yyyy-mm-dd");
        dateTime = numberStyle("yyyy-mm-dd hh:mm:ss");
        percent = numberStyle("0.00%");
        Font red = base.createFont();
        red.setBold(true);
        red.setColor(IndexedColors.RED.getIndex());
        flagged = base.createCellStyle();
        flagged.setFont(red);
    }

    /** A sheet held in memory, for charts; all of them come before the first streamed sheet. */
    public XSSFSheet memorySheet(Label name) {
        if (streamed != null) {
            throw new IllegalStateException("sheet " + name + ": in-memory sheets come before streamed ones");
        }
        return base.createSheet(name.in(language));
    }

    public ReportSheet sheet(XSSFSheet memorySheet) {
        return new ReportSheet(memorySheet, this);
    }

    /** The next streamed sheet. */
    public ReportSheet sheet(Label name) {
        if (streamed == null) {
            streamed = new SXSSFWorkbook(base, ROWS_IN_MEMORY);
            streamed.setCompressTempFiles(true);
        }
        return new ReportSheet(streamed.createSheet(name.in(language)), this);
    }

    public void save(OutputStream out) throws IOException {
        // read back through the zip directory: the streamed writer's local headers do not all carry sizes
        Path written = Files.createTempFile("reconciliation", ".xlsx");
        try {
            try (OutputStream o = Files.newOutputStream(written)) {
                if (streamed != null) {
                    streamed.write(o);
                } else {
                    base.write(o);
                }
            }
            try (ZipFile in = new ZipFile(written.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry e : Collections.list(in.entries())) {
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTimeLocal(FIXED_TIME);
                    zip.putNextEntry(copy);
                    try (InputStream body = in.getInputStream(e)) {
                        body.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
        } finally {
            Files.delete(written);
        }
    }

    @Override
    public void close() throws IOException {
        if (streamed != null) {
            streamed.close(); // also deletes its temp files
        } else {
            base.close();
        }
    }

    private CellStyle numberStyle(String format) {
        CellStyle s = base.createCellStyle();
        s.setDataFormat(base.createDataFormat().getFormat(format));
        return s;
    }
}
