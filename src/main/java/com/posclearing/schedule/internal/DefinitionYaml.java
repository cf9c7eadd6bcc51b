package com.posclearing.schedule.internal;

import com.posclearing.schedule.BusinessDateRule;
import com.posclearing.schedule.JobDefinition;
import com.posclearing.schedule.JobDefinitionException;
import com.posclearing.schedule.MisfirePolicy;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.quartz.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one job definition file; every refusal names the file and the key. An unknown key is refused: {@code steps}
 * is the one key for people (JobDefinitionTest keeps it equal to the steps the job builds).
 */
public final class DefinitionYaml {
    static final String DEFAULT_ZONE = "Asia/Shanghai";
    static final String DEFAULT_DEADLINE = "06:00";
    static final String DEFAULT_SOURCE = "sftp";
    private static final Set<String> SCHEDULE_KEYS = Set.of("cron", "timeZone", "businessDate", "misfire", "inputDeadline", "source");
    private static final Set<String> TOP_KEYS = Set.of("job", "schedule", "steps");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Path file;
    private final Path home;

    private DefinitionYaml(Path file, Path home) {
        this.file = file;
        this.home = home;
    }

    /**
     * @param home      the installation folder, against which a relative {@code dir:PATH} source is resolved
     * @param knownJobs the batch jobs that can be scheduled
     */
    public static JobDefinition read(Path file, Path home, Set<String> knownJobs) {
        return new DefinitionYaml(file, home).parse(knownJobs);
    }

    private JobDefinition parse(Set<String> knownJobs) {
        Map<?, ?> root = asMap(load(), "(top level)");
        for (Object key : root.keySet()) {
            if (!TOP_KEYS.contains(String.valueOf(key))) {
                throw fail(String.valueOf(key), "unknown key (known: " + String.join(", ", new TreeSet<>(TOP_KEYS))
                        + "); the input sources are configured in sources.yaml");
            }
        }
        String job = text(root, "job", "job", null);
        if (!knownJobs.contains(job)) {
            throw fail("job", "unknown job '" + job + "' (known: " + String.join(", ", new TreeSet<>(knownJobs)) + ")");
        }
        Object scheduleNode = root.get("schedule");
        if (scheduleNode == null) {
            throw fail("schedule", "missing");
        }
        Map<?, ?> schedule = asMap(scheduleNode, "schedule");
        for (Object key : schedule.keySet()) {
            if (!SCHEDULE_KEYS.contains(String.valueOf(key))) {
                throw fail("schedule." + key, "unknown key (known: " + String.join(", ", new TreeSet<>(SCHEDULE_KEYS)) + ")");
            }
        }
        String cron = text(schedule, "cron", "schedule.cron", null);
        checkCron(cron);
        return new JobDefinition(job, cron, zone(text(schedule, "timeZone", "schedule.timeZone", DEFAULT_ZONE)),
                BusinessDateRule.ofKey(text(schedule, "businessDate", "schedule.businessDate", "yesterday"))
                        .orElseThrow(() -> oneOf("schedule.businessDate", schedule.get("businessDate"),
                                Arrays.stream(BusinessDateRule.values()).map(BusinessDateRule::key).toList())),
                MisfirePolicy.ofKey(text(schedule, "misfire", "schedule.misfire", "fire-once-now"))
                        .orElseThrow(() -> oneOf("schedule.misfire", schedule.get("misfire"),
                                Arrays.stream(MisfirePolicy.values()).map(MisfirePolicy::key).toList())),
                deadline(text(schedule, "inputDeadline", "schedule.inputDeadline", DEFAULT_DEADLINE)),
                source(text(schedule, "source", "schedule.source", DEFAULT_SOURCE)), file);
    }

    private Object load() {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (doc == null) {
                throw fail("(top level)", "the file is empty");
            }
            return doc;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw fail("(line " + line + ")", "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw fail("(top level)", "not valid YAML: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read job definition " + file, e);
        }
    }

    private void checkCron(String cron) {
        try {
            new CronExpression(cron);
        } catch (ParseException e) {
            throw fail("schedule.cron", "'" + cron + "' is not a Quartz cron expression (" + e.getMessage() + ")");
        }
    }

    private ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw fail("schedule.timeZone", "'" + id + "' is not a time zone id such as Asia/Shanghai");
        }
    }

    private LocalTime deadline(String text) {
        try {
            return LocalTime.parse(text, HH_MM);
        } catch (DateTimeParseException e) {
            throw fail("schedule.inputDeadline", "'" + text + "' is not a time HH:mm such as 06:00");
        }
    }

    private String source(String text) {
        if (DEFAULT_SOURCE.equals(text)) {
            return text;
        }
        if (text.startsWith("dir:") && text.length() > 4) {
            return "dir:" + home.resolve(text.substring(4)).toAbsolutePath().normalize();
        }
        throw fail("schedule.source", "'" + text + "' is neither sftp nor dir:PATH");
    }

    private String text(Map<?, ?> map, String key, String path, String fallback) {
        Object value = map.get(key);
        if (value == null) {
            if (fallback == null) {
                throw fail(path, "missing");
            }
            return fallback;
        }
        if (value instanceof Map || value instanceof List) {
            throw fail(path, "expected a single value");
        }
        String s = String.valueOf(value).strip();
        if (s.isEmpty()) {
            throw fail(path, "empty");
        }
        return s;
    }

    private Map<?, ?> asMap(Object node, String path) {
        if (node instanceof Map<?, ?> map) {
            return map;
        }
        throw fail(path, "expected a mapping of keys to values");
    }

    private JobDefinitionException oneOf(String path, Object value, List<String> allowed) {
        return fail(path, "'" + value + "' is not one of: " + allowed.stream().collect(Collectors.joining(", ")));
    }

    private JobDefinitionException fail(String key, String reason) {
        return new JobDefinitionException(file, key, reason);
    }
}
