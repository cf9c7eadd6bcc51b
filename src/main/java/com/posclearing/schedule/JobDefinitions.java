package com.posclearing.schedule;

import com.posclearing.schedule.internal.DefinitionYaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads every {@code *.yaml} of the jobs folder, in file-name order; one bad file refuses them all. */
public final class JobDefinitions {
    private JobDefinitions() {
    }

    /**
     * @param dir       the jobs folder ({@code clearing.jobs-dir})
     * @param home      the installation folder: a relative {@code dir:PATH} source is resolved against it
     * @param knownJobs the batch jobs that exist
     */
    public static List<JobDefinition> load(Path dir, Path home, Set<String> knownJobs) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("jobs folder " + dir + " does not exist; set clearing.jobs-dir");
        }
        List<JobDefinition> all = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path file : yamlFiles(dir)) {
            JobDefinition def = DefinitionYaml.read(file, home, knownJobs);
            Path other = seen.putIfAbsent(def.job(), file);
            if (other != null) {
                throw new JobDefinitionException(file, "job", "'" + def.job() + "' is already scheduled by " + other);
            }
            all.add(def);
        }
        return List.copyOf(all);
    }

    private static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list jobs folder " + dir, e);
        }
    }
}
