package com.posclearing.statement.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An SXSSF workbook that closes quietly when abandoned half-written. POI 5.5's {@code close()} closes the sheets'
 * temp writers first and then flushes their pending rows into them, logging a WARN with a stack trace per sheet
 * ("Stream closed") that would mislead whoever reads the run's log; flushing the rows first avoids that. The
 * temp files are deleted either way.
 */
public final class StreamingWorkbook implements AutoCloseable {
    private static final Date FIXED_CREATED = Date.from(Instant.parse("2000-01-01T00:00:00Z"));
    private final SXSSFWorkbook workbook;

    /**
     * @param rowWindow       rows kept in memory per sheet
     * @param compressTemp    gzip the temp files (slower, less disk)
     */
    public StreamingWorkbook(int rowWindow, boolean compressTemp) {
        workbook = new SXSSFWorkbook(rowWindow);
        workbook.setCompressTempFiles(compressTemp);
        // the same inputs give the same bytes: a restarted or repeated run is comparable file by file
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(FIXED_CREATED));
    }

    public SXSSFWorkbook workbook() {
        return workbook;
    }

    @Override
    public void close() throws IOException {
        try {
            for (Sheet sheet : workbook) {
                ((SXSSFSheet) sheet).flushRows();
            }
        } finally {
            workbook.close();
        }
    }
}
