package com.posclearing.ops;

import com.posclearing.h2server.H2Server;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The H2 server of a data folder, started by the commands themselves (README "Databases"); not for operators. */
@Command(name = H2Server.COMMAND, hidden = true)
final class H2ServerCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DB")
    Path db;

    @Override
    public Integer call() throws Exception {
        H2Server.serve(db);
        return ExitCodes.OK;
    }
}
