package com.posclearing.ops;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The SHA-256 of every file under an output folder, by relative path: two runs wrote the same bytes when equal. */
final class OutputDigests {
    private OutputDigests() {
    }

    static Map<String, String> of(Path root) throws Exception {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                try (InputStream in = Files.newInputStream(file)) {
                    sha.update(in.readAllBytes());
                }
                digests.put(root.relativize(file).toString(), HexFormat.of().formatHex(sha.digest()));
            }
        }
        return digests;
    }
}
