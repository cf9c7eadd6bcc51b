package com.posclearing.ops;

import com.posclearing.job.SettlementService;
import com.posclearing.kernel.BusinessDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run --date D [--from-dir DIR]}: the nightly job for D, its inputs fetched over SFTP (sources.yaml) or from DIR. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Fetches and runs the nightly job for business date D with the configuration in config/.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--date", required = true, paramLabel = "yyyy-MM-dd", description = "Business date D.")
    String date;

    @Option(names = "--from-dir", paramLabel = "DIR",
            description = "Take D's input files from this local folder instead of fetching them.")
    Path fromDir;

    @Override
    public Integer call() {
        BusinessDate d = BusinessDate.parse(date);
        if (fromDir != null && !Files.isDirectory(fromDir)) {
            throw new UsageException("--from-dir " + fromDir + " is not a folder");
        }
        try (ConfigurableApplicationContext ctx = Contexts.open(common)) {
            String source = fromDir == null ? "sftp" : "dir:" + fromDir.toAbsolutePath().normalize();
            return Audited.run(ctx, common, "run", "--date " + d + (fromDir == null ? "" : " --from-dir " + fromDir), null,
                    () -> ctx.getBean(SettlementService.class).run(d, source, common.operator()));
        }
    }
}
