package com.posclearing.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped definition reads as documented; every bad definition is refused with its file and key. */
class JobDefinitionsTest {
    private static final Set<String> JOBS = Set.of("nightly-settlement", "agent-month", "purge");

    @TempDir
    Path dir;

    @Test
    void shippedDefinitions() {
        List<JobDefinition> defs = JobDefinitions.load(Path.of("jobs"), Path.of("/opt/pos"), JOBS);
        assertThat(defs).containsExactly(new JobDefinition("agent-month", "0 0 9 * * ?", ZoneId.of("Asia/Shanghai"),
                BusinessDateRule.TODAY, MisfirePolicy.FIRE_ONCE_NOW, LocalTime.of(6, 0), "sftp",
                Path.of("jobs/agent-month.yaml")), new JobDefinition("nightly-settlement", "0 30 2 * * ?", ZoneId.of("Asia/Shanghai"),
                BusinessDateRule.YESTERDAY, MisfirePolicy.FIRE_ONCE_NOW, LocalTime.of(6, 0), "sftp",
                Path.of("jobs/nightly-settlement.yaml")), new JobDefinition("purge", "0 0 5 * * ?", ZoneId.of("Asia/Shanghai"),
                BusinessDateRule.TODAY, MisfirePolicy.SKIP, LocalTime.of(6, 0), "sftp", Path.of("jobs/purge.yaml")));
    }

    @Test
    void defaultsAndARelativeDirectorySourceResolvedAgainstTheInstallation() throws IOException {
        write("a.yaml", "job: nightly-settlement\nschedule:\n  cron: \"0 0 3 * * ?\"\n  source: dir:sample-files\n");
        JobDefinition def = JobDefinitions.load(dir, Path.of("/opt/pos"), JOBS).get(0);
        assertThat(def.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(def.businessDate()).isEqualTo(BusinessDateRule.YESTERDAY);
        assertThat(def.misfire()).isEqualTo(MisfirePolicy.FIRE_ONCE_NOW);
        assertThat(def.inputDeadline()).isEqualTo(LocalTime.of(6, 0));
        assertThat(def.source()).isEqualTo("dir:/opt/pos/sample-files");
    }

    @Test
    void onlyYamlFilesAreRead() throws IOException {
        write("README.md", "not a definition");
        write("nightly.yaml", "job: nightly-settlement\nschedule: {cron: \"0 30 2 * * ?\", misfire: skip}\n");
        assertThat(JobDefinitions.load(dir, dir, JOBS)).extracting(JobDefinition::misfire).containsExactly(MisfirePolicy.SKIP);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad cron        | job: nightly-settlement\\nschedule: {cron: \"0 30 25 * * ?\"}                     | schedule.cron: '0 30 25 * * ?' is not a Quartz cron expression (Hour values must be between 0 and 23)
            missing cron    | job: nightly-settlement\\nschedule: {timeZone: Asia/Shanghai}                      | schedule.cron: missing
            bad zone        | job: nightly-settlement\\nschedule: {cron: \"0 30 2 * * ?\", timeZone: Asia/Beijing} | schedule.timeZone: 'Asia/Beijing' is not a time zone id such as Asia/Shanghai
            bad date rule   | job: nightly-settlement\\nschedule: {cron: \"0 30 2 * * ?\", businessDate: 1st}      | schedule.businessDate: '1st' is not one of: yesterday, today
            bad misfire     | job: nightly-settlement\\nschedule: {cron: \"0 30 2 * * ?\", misfire: fire-all}     | schedule.misfire: 'fire-all' is not one of: fire-once-now, skip
            bad deadline    | job: nightly-settlement\\nschedule: {cron: \"0 30 2 * * ?\", inputDeadline: 6h}     | schedule.inputDeadline: '6h' is not a time HH:mm such as 06:00
            bad source      | job: nightly-settlement\\nschedule: {cron: \"0 30 2 * * ?\", source: ftp}           | schedule.source: 'ftp' is neither sftp nor dir:PATH
            typo in key     | job: nightly-settlement\\nschedule: {cron: \"0 30 2 * * ?\", timezone: UTC}         | schedule.timezone: unknown key (known: businessDate, cron, inputDeadline, misfire, source, timeZone)
            unknown job     | job: nightly-payout\\nschedule: {cron: \"0 30 2 * * ?\"}                            | job: unknown job 'nightly-payout' (known: agent-month, nightly-settlement, purge)
            missing job     | schedule: {cron: \"0 30 2 * * ?\"}                                               | job: missing
            no schedule     | job: nightly-settlement\\n                                                        | schedule: missing
            schedule a list | job: nightly-settlement\\nschedule: [1, 2]\\n                                      | schedule: expected a mapping of keys to values
            not yaml        | job: nightly-settlement\\nschedule: {cron: \"0 30 2 * * ?\"\\n                      | (line 3): not valid YAML: expected ',' or '}', but got <stream end>
            empty file      | ''                                                                                 | (top level): the file is empty
            """)
    void badDefinitionIsRefusedNamingFileAndKey(String name, String yaml, String error) throws IOException {
        Path file = write("bad.yaml", yaml.replace("\\n", "\n"));
        assertThatThrownBy(() -> JobDefinitions.load(dir, dir, JOBS))
                .isInstanceOf(JobDefinitionException.class)
                .hasMessage("job definition " + file + ": " + error);
    }

    @Test
    void aJobScheduledTwiceIsRefused() throws IOException {
        write("a.yaml", "job: nightly-settlement\nschedule: {cron: \"0 30 2 * * ?\"}\n");
        Path b = write("b.yaml", "job: nightly-settlement\nschedule: {cron: \"0 0 4 * * ?\"}\n");
        assertThatThrownBy(() -> JobDefinitions.load(dir, dir, JOBS))
                .hasMessage("job definition " + b + ": job: 'nightly-settlement' is already scheduled by " + dir.resolve("a.yaml"));
    }

    @Test
    void missingFolderIsNamed() {
        assertThatThrownBy(() -> JobDefinitions.load(dir.resolve("nope"), dir, JOBS))
                .hasMessage("jobs folder " + dir.resolve("nope") + " does not exist; set clearing.jobs-dir");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
