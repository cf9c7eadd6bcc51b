package com.posclearing.refdata.internal;

import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.InputRejectedException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one reference-data CSV of the config folder: UTF-8 (bad bytes are an error, not replacement characters),
 * optional BOM, RFC 4180, the exact header of SPEC 2.4 on the first line, blank lines ignored.
 */
public final class CsvTable {
    /** Reference files are small; a bigger one is a mistake (a wrong file copied in), not data. */
    static final int MAX_ROWS = 1_000_000;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false) // skipped below, so that line numbers still count them
            .setIgnoreSurroundingSpaces(true)
            .get();

    private CsvTable() {
    }

    /** All data rows of {@code fileName}, after checking its header is exactly {@code header}. */
    public static List<CsvRow> read(ConfigFiles files, String fileName, List<String> header) {
        return read(files, fileName, header, List.of());
    }

    /**
     * As {@link #read(ConfigFiles, String, List)}, but the header may also be {@code header} followed by the first one,
     * two … of {@code optional} (columns added later, in that order, so files written before them still load);
     * {@link CsvRow#optionalText} reads them.
     */
    public static List<CsvRow> read(ConfigFiles files, String fileName, List<String> header, List<String> optional) {
        try (InputStream in = files.open(fileName)) {
            return read(in, fileName, header, optional);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration file " + fileName, e);
        }
    }

    static List<CsvRow> read(InputStream in, String fileName, List<String> header) {
        return read(in, fileName, header, List.of());
    }

    static List<CsvRow> read(InputStream in, String fileName, List<String> expected, List<String> optional) {
        List<String> header = new ArrayList<>(expected);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<CsvRow> rows = new ArrayList<>();
        try (Reader reader = skipBom(new BufferedReader(new InputStreamReader(in, decoder)));
             CSVParser parser = FORMAT.parse(reader)) {
            boolean headerSeen = false;
            long lineNo = 1;
            for (CSVRecord rec : parser) {
                List<String> values = rec.toList();
                if (values.size() == 1 && values.get(0).isEmpty()) {
                    // a blank line: not a row
                    lineNo = parser.getCurrentLineNumber() + 1;
                    continue;
                }
                if (!headerSeen) {
                    for (int i = 0; i < optional.size() && values.size() > header.size(); i++) {
                        header.add(optional.get(i));
                    }
                    checkHeader(fileName, lineNo, header, values);
                    headerSeen = true;
                } else {
                    if (rows.size() >= MAX_ROWS) {
                        throw new InputRejectedException(fileName, lineNo, "", "more than " + MAX_ROWS + " rows");
                    }
                    if (values.size() != header.size()) {
                        throw new InputRejectedException(fileName, lineNo, "",
                                "expected " + header.size() + " fields, got " + values.size());
                    }
                    rows.add(new CsvRow(fileName, lineNo, header, values));
                }
                // the parser has consumed this record's line end: the next record starts on the following line
                lineNo = parser.getCurrentLineNumber() + 1;
            }
            if (!headerSeen) {
                throw new InputRejectedException(fileName, 0, "", "empty file, expected the header " + String.join(",", header));
            }
            return rows;
        } catch (CharacterCodingException e) {
            throw notUtf8(fileName);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw notUtf8(fileName);
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration file " + fileName, e);
        }
    }

    private static InputRejectedException notUtf8(String fileName) {
        return new InputRejectedException(fileName, 0, "", "not valid UTF-8; save the file as UTF-8");
    }

    private static void checkHeader(String fileName, long lineNo, List<String> expected, List<String> actual) {
        if (!expected.equals(actual)) {
            throw new InputRejectedException(fileName, lineNo, "header",
                    "expected " + String.join(",", expected) + ", got " + String.join(",", actual));
        }
    }

    private static Reader skipBom(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
