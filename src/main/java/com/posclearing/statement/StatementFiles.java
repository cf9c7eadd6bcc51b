package com.posclearing.statement;

import java.nio.file.Path;

/** The two files of one merchant statement, and how many transaction lines they hold. */
public record StatementFiles(Path xlsx, Path csv, long lineCount, long pendingCount) {
}
