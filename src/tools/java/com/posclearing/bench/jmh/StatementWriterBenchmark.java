package com.posclearing.bench.jmh;

import com.posclearing.bench.internal.PoiFloor;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TxnType;
import com.posclearing.statement.CardKindTotal;
import com.posclearing.statement.StatementFiles;
import com.posclearing.statement.StatementHeader;
import com.posclearing.statement.StatementLine;
import com.posclearing.statement.StatementWriter;
import com.posclearing.support.files.OutputPaths;
import com.posclearing.support.i18n.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One merchant statement (XLSX + CSV, staged and renamed, then deleted so no rename replaces a file) against the
 * bench's bare POI SXSSF loop writing one workbook with as many rows: workbooks per second on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StatementWriterBenchmark {
    private static final BusinessDate DATE = BusinessDate.parse("2026-11-23");

    @Param({"5", "50"})
    public int lines;

    private final StatementWriter writer = new StatementWriter(Language.CHINESE, "POS Clearing");
    private final List<StatementLine> statementLines = new ArrayList<>();
    private StatementHeader header;
    private OutputPaths paths;
    private Path floorDir;

    @Setup
    public void setUp() throws IOException {
        Path dir = Files.createTempDirectory("pos-clearing-jmh-statements");
        dir.toFile().deleteOnExit();
        paths = new OutputPaths(dir, DATE);
        floorDir = dir.resolve("floor");
        TerminalId terminal = TerminalId.of("10000001");
        MaskedCard card = MaskedCard.of("622202******1234");
        for (int i = 0; i < lines; i++) {
            statementLines.add(new StatementLine(LocalDateTime.of(2026, 11, 23, 8, 0).plusSeconds(i * 97L), terminal, "000001",
                    Stan.of(String.format("%06d", i + 1)), Rrn.of(String.format("RRN%09d", i + 1)), card, CardKind.DEBIT,
                    TxnType.SALE, 10_000 + i, 55, 9_945 + i, "MATCHED"));
        }
        long sales = statementLines.stream().mapToLong(StatementLine::amountFen).sum();
        long fees = 55L * lines;
        header = new StatementHeader(MerchantId.of("898310048160001"), "测试商户", DATE, LocalDate.of(2026, 11, 24), 0, lines,
                sales, 0, 0, fees, 0, sales - fees, sales - fees, 0, "6789", false,
                List.of(new CardKindTotal(CardKind.DEBIT, lines, sales, fees)));
    }

    @Benchmark
    public long statement() throws IOException {
        StatementFiles files = writer.write(paths, header, statementLines, List.of());
        long size = Files.size(files.xlsx());
        Files.delete(files.xlsx());
        Files.delete(files.csv());
        return size;
    }

    @Benchmark
    public long poiFloor() {
        return PoiFloor.run(List.of(lines), floorDir).rows();
    }
}
