package com.posclearing.fuzz;

import com.posclearing.ingest.BatchTotals;
import com.posclearing.ingest.FileParser;
import com.posclearing.ingest.LineReject;
import com.posclearing.ingest.Sink;
import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.InputRejectedException;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.layout.Layouts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Jazzer fuzz targets (run by {@link ParserFuzzIT}, one process each): every input a parser is given must end parsed
 * or rejected with an {@link InputRejectedException} naming the file; any other exception, a hang or running out of a
 * 512 MB heap is a finding. Each target is a class of its own because Jazzer's command line fuzzes one class.
 */
public final class FuzzTargets {
    private static final FileParser PARSER = new FileParser(Layouts.load(ConfigFiles.builtIn()));
    private static final Path INPUT = tempFile();

    private FuzzTargets() {
    }

    /** The terminals' POSP CSV batch file. */
    public static final class PospCsv {
        /** Jazzer calls it before the first input: loading the layouts is not timed as an input. */
        public static void fuzzerInitialize() {
            PARSER.layoutFor("POSP_20261123_N01_001.csv");
        }

        public static void fuzzerTestOneInput(byte[] data) {
            parse(data, "POSP_20261123_N01_001.csv");
        }
    }

    /** The bank's fixed-width GBK ACOMA clearing file. */
    public static final class CupsAcoma {
        /** Jazzer calls it before the first input: loading the layouts is not timed as an input. */
        public static void fuzzerInitialize() {
            PARSER.layoutFor("POSP_20261123_N01_001.csv");
        }

        public static void fuzzerTestOneInput(byte[] data) {
            parse(data, "IND27010132ACOMA");
        }
    }

    /** The layouts onboarded by configuration: UnionPay ZM, a bank's CSV detail, a QR channel's bill; the first byte picks. */
    public static final class Onboarded {
        /** Jazzer calls it before the first input: loading the layouts is not timed as an input. */
        public static void fuzzerInitialize() {
            PARSER.layoutFor("POSP_20261123_N01_001.csv");
        }

        private static final String[] NAMES = {"INN15090588ZM_802310048993424", "CLEARDTL_20261230.csv",
            "QRBILL_20261230_102310048993424.csv"};

        public static void fuzzerTestOneInput(byte[] data) {
            if (data.length == 0) {
                return;
            }
            parse(Arrays.copyOfRange(data, 1, data.length), NAMES[(data[0] & 0xFF) % NAMES.length]);
        }
    }

    static void parse(byte[] data, String fileName) {
        try {
            Files.write(INPUT, data);
            PARSER.verify(INPUT, fileName);
            BusinessDate date = PARSER.layoutFor(fileName).dateFromFileName(fileName).orElse(BusinessDate.parse("2026-12-30"));
            PARSER.parse(INPUT, fileName, date, new Discard());
        } catch (InputRejectedException e) {
            if (!e.getMessage().startsWith(fileName)) {
                throw new AssertionError("a rejection that does not name the file: " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** In a folder of its own with the real RD summary beside it: ZM inputs are read, then checked against its totals. */
    private static Path tempFile() {
        try {
            Path dir = Files.createTempDirectory("fuzz-input");
            Path rd = Files.copy(Path.of("sample-files/formats/RD201015090501_802310048993424"),
                    dir.resolve("RD201015090501_802310048993424"));
            Path file = dir.resolve("input.bin");
            for (Path p : new Path[] {dir, rd, file}) {
                p.toFile().deleteOnExit();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads what a parse emits and keeps nothing: a fuzz run parses millions of inputs. */
    private static final class Discard implements Sink {
        @Override
        public void terminalTxn(TerminalTxn txn) {
        }

        @Override
        public void bankTxn(BankTxn txn) {
        }

        @Override
        public void reject(LineReject reject) {
        }

        @Override
        public void batch(BatchTotals totals) {
        }
    }
}
