package com.posclearing.bench.internal;

import com.posclearing.bench.BenchOptions;
import com.posclearing.generator.BulkGenerator;
import com.posclearing.kernel.BusinessDate;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A generated data set in {@code work/gen-s{seed}-n{records}-m{merchants}-b{batch}-{date}}. A marker file written
 * last holds the generator's result, so a folder without it (an interrupted generation) is generated again and a
 * complete one is reused as is.
 *
 * @param generatedMillis how long the generator took when it wrote this data set
 * @param reused          true when an earlier run's data set was taken
 */
public record DataSet(BulkGenerator.Result result, long generatedMillis, boolean reused) {
    private static final String MARKER = "generated.properties";

    /** The data set of the timed night. */
    public static DataSet prepare(BenchOptions o) {
        return prepare(o, o.date(), o.records());
    }

    /** The data set of {@code records} terminal records on {@code date}, with the seed and merchants of {@code o}. */
    public static DataSet prepare(BenchOptions o, BusinessDate date, long records) {
        BulkGenerator.Options g = new BulkGenerator.Options(o.seed(), records, o.merchants(), date,
                o.batchSizeFor(records));
        Path dir = o.workDir().resolve("gen-s" + o.seed() + "-n" + records + "-m" + o.merchants() + "-b"
                + g.batchSize() + "-" + date.compact());
        Path marker = dir.resolve(MARKER);
        try {
            if (Files.isRegularFile(marker)) {
                return read(marker);
            }
            Files.createDirectories(dir);
            long start = System.nanoTime();
            BulkGenerator.Result r = BulkGenerator.write(g, dir);
            long millis = (System.nanoTime() - start) / 1_000_000;
            write(marker, r, millis);
            return new DataSet(r, millis, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the data set in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path marker, BulkGenerator.Result r, long millis) throws IOException {
        Properties p = new Properties();
        p.setProperty("posp", r.pospFile().getFileName().toString());
        p.setProperty("acoma", r.acomaFile().getFileName().toString());
        p.setProperty("terminalRecords", Long.toString(r.terminalRecords()));
        p.setProperty("bankRecords", Long.toString(r.bankRecords()));
        p.setProperty("generatedMillis", Long.toString(millis));
        r.terminalOutcomes().forEach((k, v) -> p.setProperty("terminal." + k, v.toString()));
        r.bankOutcomes().forEach((k, v) -> p.setProperty("bank." + k, v.toString()));
        Path tmp = marker.resolveSibling(MARKER + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "BulkGenerator result; delete the folder to generate again");
        }
        Files.move(tmp, marker, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static DataSet read(Path marker) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Path dir = marker.getParent();
        Map<String, Long> terminal = new TreeMap<>();
        Map<String, Long> bank = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("terminal.")) {
                terminal.put(key.substring(9), Long.parseLong(p.getProperty(key)));
            } else if (key.startsWith("bank.")) {
                bank.put(key.substring(5), Long.parseLong(p.getProperty(key)));
            }
        }
        BulkGenerator.Result r = new BulkGenerator.Result(dir.resolve("inbox").resolve(p.getProperty("posp")),
                dir.resolve("inbox").resolve(p.getProperty("acoma")), dir.resolve("config"),
                Long.parseLong(p.getProperty("terminalRecords")), Long.parseLong(p.getProperty("bankRecords")), terminal, bank);
        return new DataSet(r, Long.parseLong(p.getProperty("generatedMillis")), true);
    }

    public Path inbox() {
        return result.pospFile().getParent();
    }

    public long totalRecords() {
        return result.terminalRecords() + result.bankRecords();
    }
}
