package com.posclearing.ops;

import com.posclearing.job.RunOutcome;
import com.posclearing.job.SettlementService;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.Yuan;
import com.posclearing.layout.Layout;
import com.posclearing.layout.Layouts;
import com.posclearing.report.FileOutcome;
import com.posclearing.report.FileSummary;
import com.posclearing.runs.ReportQueries;
import com.posclearing.transfer.TransferConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The onboarded night of {@code sample-files/onboarded/} (2026-12-30, README there): the demo's first date with its
 * bank side in the three formats added by layout files only (bank-csv, cups-zm with its RD, qr-bill), read with the
 * sources of {@code config-examples/onboarded/sources.yaml}. The demo runs it after its own nights, in a folder and
 * database of its own, so the demo's figures stay those of its ACOMA files; {@code OnboardedFormatsIT} prepares it alike.
 */
final class OnboardedNight {
    static final BusinessDate DATE = BusinessDate.of(2026, 12, 30);
    /** The example sources, relative to the installation (or the source tree). */
    static final Path SOURCES = Path.of("config-examples", "onboarded", TransferConfig.FILE);
    /** Its folder under the demo's data folder. */
    static final String FOLDER = "onboarded";

    private OnboardedNight() {
    }

    /** Copies the night's input files (all but the README) into {@code inbox} and the example sources into {@code config}. */
    static void prepare(Path samples, Path sources, Path inbox, Path config) throws IOException {
        Files.createDirectories(inbox);
        try (Stream<Path> files = Files.list(samples)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("README.md")).sorted().toList()) {
                Files.copy(f, inbox.resolve(f.getFileName().toString()));
            }
        }
        Files.createDirectories(config);
        Files.copy(sources, config.resolve(TransferConfig.FILE));
    }

    /**
     * The demo's run of the night in {@code demoData/onboarded}: its files taken as {@code run --from-dir} takes them
     * (the example's hosts are placeholders), the demo's configuration but its own sources.yaml and the embedded H2
     * database of that folder (no second database is created on a configured server), then each format's figures.
     *
     * @return the run's exit code
     */
    static int runInDemo(CommonOptions demo, Path demoConfig, Path samples, Path sources) throws IOException {
        Path folder = demo.dataDir.resolve(FOLDER);
        CommonOptions own = new CommonOptions();
        own.dataDir = folder;
        own.outDir = folder.resolve("out");
        own.configDir = folder.resolve("config");
        own.operator = demo.operator();
        DemoCommand.copyTree(demoConfig, own.configDir, p -> !p.equals(Path.of(TransferConfig.FILE))
                && !p.equals(Path.of("application.properties")));
        Path inbox = folder.resolve("inbox");
        prepare(samples, sources, inbox, own.configDir);
        System.out.println("demo: Onboarded formats (config only): " + DATE + " once more, its bank side in formats added by"
                + " layout files, read with the sources of " + sources + ", in a folder and database of its own: "
                + folder.toAbsolutePath().normalize());
        try (ConfigurableApplicationContext ctx = Contexts.open(own)) {
            RunOutcome outcome = ctx.getBean(SettlementService.class).run(DATE, "dir:" + inbox.toAbsolutePath().normalize(),
                    own.operator());
            if (outcome.completed()) {
                ReportQueries queries = ctx.getBean(ReportQueries.class);
                print(queries.files(DATE), queries.bankOutcomesByFile(DATE, outcome.runNo()),
                        Layouts.load(new ConfigFiles(own.configDir)), System.out);
            }
            return Outcomes.report(outcome, System.out, System.err);
        }
    }

    /** One line per bank file (its layout, records, total, what matched on which key, the breaks), one per terminal layout. */
    private static void print(List<FileSummary> files, List<FileOutcome> outcomes, Layouts layouts, PrintStream out) {
        Map<String, List<FileSummary>> terminal = new TreeMap<>();
        for (FileSummary f : files) {
            Layout layout = layouts.byName(f.layout());
            if (layout.side() == Layout.Side.TERMINAL) {
                terminal.computeIfAbsent(f.layout(), k -> new ArrayList<>()).add(f);
                continue;
            }
            String companion = layout.companion() == null ? "" : " (totals checked against its companion "
                    + layout.companion().fileName() + ")";
            out.println("demo:   " + f.layout() + " " + f.name() + companion + ": " + f.records() + " records, "
                    + Yuan.format(f.amountFen()) + " yuan; " + outcomesOf(f.name(), outcomes));
        }
        terminal.forEach((layout, list) -> out.println("demo:   " + layout + ": " + list.size() + " terminal files, "
                + list.stream().mapToLong(FileSummary::records).sum() + " records, "
                + Yuan.format(list.stream().mapToLong(FileSummary::amountFen).sum()) + " yuan"));
    }

    private static String outcomesOf(String file, List<FileOutcome> outcomes) {
        List<String> matched = new ArrayList<>();
        List<String> breaks = new ArrayList<>();
        List<String> other = new ArrayList<>();
        Comparator<FileOutcome> rrnFirst = Comparator.comparing(o -> !"PRIMARY".equals(o.matchedBy()));
        for (FileOutcome o : outcomes.stream().filter(o -> o.fileName().equals(file))
                .sorted(Comparator.comparing(FileOutcome::outcome).thenComparing(rrnFirst)).toList()) {
            String amount = " (" + Yuan.format(o.total().amountFen()) + " yuan)";
            if (o.outcome().isSettled()) {
                matched.add(o.total().count() + ("PRIMARY".equals(o.matchedBy()) ? " on RRN" : " on the fallback key")
                        + (o.outcome() == Outcome.MATCHED ? "" : " " + o.outcome()) + amount);
            } else {
                (o.outcome().isBreak() ? breaks : other).add(o.outcome() + " " + o.total().count() + amount);
            }
        }
        List<String> parts = new ArrayList<>();
        parts.add("matched " + (matched.isEmpty() ? "none" : String.join(", ", matched)));
        parts.add("breaks " + (breaks.isEmpty() ? "none" : String.join(", ", breaks)));
        if (!other.isEmpty()) {
            parts.add(String.join(", ", other));
        }
        return String.join("; ", parts);
    }
}
