package com.posclearing.h2server;

import java.nio.file.Path;

/** Entry point of the serving process when the application runs from a class path (tests, the source tree). */
public final class H2ServerMain {
    private H2ServerMain() {
    }

    public static void main(String[] args) throws Exception {
        H2Server.serve(Path.of(args[0]));
    }
}
