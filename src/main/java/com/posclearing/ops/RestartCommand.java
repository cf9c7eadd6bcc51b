package com.posclearing.ops;

import com.posclearing.job.SettlementService;
import com.posclearing.kernel.BusinessDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code restart --date D [--from-dir DIR]}. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Continues D's failed (or killed) run where it stopped, with the input files already in D's landing"
                + " folder or, with --from-dir, those of a local folder.")
final class RestartCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--date", required = true, paramLabel = "yyyy-MM-dd", description = "Business date D.")
    String date;

    @Option(names = "--from-dir", paramLabel = "DIR",
            description = "Take D's input files from this local folder (received by other means) instead of fetching them.")
    Path fromDir;

    @Override
    public Integer call() {
        BusinessDate d = BusinessDate.parse(date);
        if (fromDir != null && !Files.isDirectory(fromDir)) {
            throw new UsageException("--from-dir " + fromDir + " is not a folder");
        }
        try (ConfigurableApplicationContext ctx = Contexts.open(common)) {
            Optional<Path> dir = Optional.ofNullable(fromDir).map(p -> p.toAbsolutePath().normalize());
            return Audited.run(ctx, common, "restart", "--date " + d + (fromDir == null ? "" : " --from-dir " + fromDir), null,
                    () -> ctx.getBean(SettlementService.class).restart(d, common.operator(), dir));
        }
    }
}
