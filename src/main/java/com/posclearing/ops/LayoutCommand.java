package com.posclearing.ops;

import com.posclearing.ingest.BatchTotals;
import com.posclearing.ingest.FileParser;
import com.posclearing.ingest.FileResult;
import com.posclearing.ingest.LineReject;
import com.posclearing.ingest.Sink;
import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.kernel.Yuan;
import com.posclearing.layout.FieldNames;
import com.posclearing.layout.FieldSpec;
import com.posclearing.layout.Layout;
import com.posclearing.layout.Layouts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code layout check FILE --layout NAME}: the operator's tool for onboarding a bank's format; no database. */
@Command(name = "layout", mixinStandardHelpOptions = true, description = "Layouts: check a file against one.",
        subcommands = LayoutCommand.Check.class)
final class LayoutCommand implements Runnable {
    @Override
    public void run() {
        throw new UsageException("layout needs a command: check (see --help)");
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Parse FILE with a layout and print what it"
            + " read: counts, totals, the first rejects with line and field, the canonical fields it maps. Touches no"
            + " database; exit 3 when the file would be rejected whole.")
    static final class Check implements Callable<Integer> {
        private static final int SHOWN_REJECTS = 10;

        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "FILE", description = "The file to check.")
        Path file;

        @Option(names = "--layout", paramLabel = "NAME", description = "Layout name (default: the one whose file-name"
                + " pattern the file's name matches).")
        String layoutName;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new UsageException("no such file: " + file);
            }
            Layouts layouts = Layouts.load(new ConfigFiles(common.configDir()));
            String name = file.getFileName().toString();
            Layout layout = layout(layouts, name);
            BusinessDate date = layout.dateFromFileName(name).orElseThrow(() -> new UsageException(name
                    + " does not match layout " + layout.name() + "'s file-name pattern " + layout.fileName()
                    + ": the date comes from the name, so check a copy named like that"));
            System.out.println("layout " + layout.name() + " (" + layout.kind().name().toLowerCase() + ", "
                    + layout.encoding().name() + ", " + layout.side().name().toLowerCase() + " side) on " + name
                    + ", date " + date);
            printFields(layout);
            Collector sink = new Collector();
            FileResult r = FileParser.parse(file, name, layout, date, sink);
            System.out.println("detail lines " + r.detailLines() + ", transactions " + r.records() + ", amount "
                    + Yuan.format(r.amountFen()) + " yuan (" + r.amountFen() + " fen), rejected lines "
                    + r.rejectedLines() + (r.skipped() > 0 ? ", skipped lines " + r.skipped() : "") + (r.batches() > 0 ? ", batches " + r.batches() + " (" + r.outOfBalanceBatches()
                    + " out of balance)" : ""));
            System.out.println(layout.controlTotals() == null ? "control totals: none in this layout"
                    : "control totals of " + layout.controlTotals().record() + ": match");
            if (layout.companion() != null) {
                System.out.println("control totals of companion " + layout.companionTotals(file, name).fileName() + ": match");
            }
            sink.shown.forEach(reject -> System.out.println("reject " + reject.message()));
            if (sink.rejects > sink.shown.size()) {
                System.out.println("... and " + (sink.rejects - sink.shown.size()) + " more rejects");
            }
            return ExitCodes.OK;
        }

        private Layout layout(Layouts layouts, String fileName) {
            try {
                return layoutName != null ? layouts.byName(layoutName) : layouts.layoutForFileName(fileName)
                        .orElseThrow(() -> new UsageException(fileName + " matches no layout's file-name pattern; name"
                                + " one with --layout (known: " + layouts.all().stream().map(Layout::name).toList() + ")"));
            } catch (NoSuchElementException e) {
                throw new UsageException(e.getMessage());
            }
        }

        private static void printFields(Layout layout) {
            TreeSet<String> read = new TreeSet<>();
            TreeSet<String> carried = new TreeSet<>();
            layout.records().get(layout.detailType()).fields().stream().map(FieldSpec::name)
                    .forEach(n -> (FieldNames.READ.contains(n) ? read : carried).add(n));
            System.out.println("maps " + read + (carried.isEmpty() ? "" : "; carries " + carried));
            System.out.println("match keys: " + (read.contains("rrn") ? "terminal + RRN, " : "") + "terminal + STAN + time");
        }
    }

    /** Counts the rejects and keeps the first few; transactions are only counted by the parser. */
    private static final class Collector implements Sink {
        final List<LineReject> shown = new ArrayList<>();
        long rejects;

        @Override
        public void terminalTxn(TerminalTxn txn) {
        }

        @Override
        public void bankTxn(BankTxn txn) {
        }

        @Override
        public void reject(LineReject reject) {
            rejects++;
            if (shown.size() < Check.SHOWN_REJECTS) {
                shown.add(reject);
            }
        }

        @Override
        public void batch(BatchTotals totals) {
        }
    }
}
