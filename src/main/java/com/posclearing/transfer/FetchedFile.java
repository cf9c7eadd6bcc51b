package com.posclearing.transfer;

import java.nio.file.Path;

/** A complete, verified file in the landing folder, with where it came from and the layout to read it with. */
public record FetchedFile(Path path, String source, String layout, String host, long sizeBytes, String sha256) {
}
