package com.posclearing.ops;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.settlement.RunOutcome;
import com.posclearing.settlement.SettlementService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code demo}: the nightly job over every bundled sample date, in date order, on a fresh embedded database of its
 * own ({@code data/demo}), so it can be run again and again.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs the nightly job on the bundled sample dates with the embedded defaults; writes out/.")
final class DemoCommand implements Callable<Integer> {
    private static final Pattern POSP_DATE = Pattern.compile("POSP_(\\d{4})(\\d{2})(\\d{2})_.*\\.csv");

    @Mixin
    CommonOptions common;

    @Option(names = "--samples", paramLabel = "DIR", description = "Sample input folder (default: sample-files/ of the installation).")
    Path samples;

    @Override
    public Integer call() throws IOException {
        Path sampleDir = samples != null ? samples : Path.of(System.getProperty("pos.clearing.home", ".")).resolve("sample-files");
        List<BusinessDate> dates = sampleDates(sampleDir);
        if (dates.isEmpty()) {
            throw new UsageException("no sample files in " + sampleDir);
        }
        if ("data".equals(common.dataDir.toString())) {
            common.dataDir = Path.of("data", "demo");
        }
        deleteTree(common.dataDir);
        System.out.println("demo: " + dates.size() + " sample dates " + dates.get(0) + " .. " + dates.get(dates.size() - 1)
                + ", fresh database in " + common.dataDir.toAbsolutePath().normalize());
        try (ConfigurableApplicationContext ctx = Contexts.open(common)) {
            SettlementService service = ctx.getBean(SettlementService.class);
            for (BusinessDate d : dates) {
                deleteTree(common.outDir.resolve(d.compact()));
                RunOutcome outcome = service.run(d, "dir:" + sampleDir.toAbsolutePath().normalize(), common.operator());
                int code = Outcomes.report(outcome, System.out, System.err);
                if (code != ExitCodes.OK) {
                    return code;
                }
            }
        }
        System.out.println("demo: outputs of every date are in " + common.outDir.toAbsolutePath().normalize());
        return ExitCodes.OK;
    }

    private static List<BusinessDate> sampleDates(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UsageException("sample folder " + dir + " does not exist");
        }
        TreeSet<BusinessDate> dates = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> POSP_DATE.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .forEach(m -> dates.add(BusinessDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)))));
        }
        return List.copyOf(dates);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete " + p, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }
}
