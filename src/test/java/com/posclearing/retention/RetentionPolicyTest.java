package com.posclearing.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.ConfigFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** retention.yaml is read strictly: every kind named, each refusal with the file, the line and the key. */
class RetentionPolicyTest {
    private static final String VALID = """
            inputs:
              keepDays: 400
            spills:
              keepDays: 7
            outputs:
              keepDays: 400
            records:
              keepDays: 400
            """;

    @Test
    void theShippedPolicy() {
        RetentionPolicy policy = RetentionPolicy.read(ConfigFiles.builtIn());
        assertThat(policy.describe()).isEqualTo("keepDays: inputs 400, spills 7, outputs 400, records 400");
        // kept for 7 days after D: on 2027-01-10, D = 2027-01-03 is the first date kept, 2027-01-02 the last to go
        assertThat(policy.lastPurgeable(RetentionKind.SPILLS, LocalDate.of(2027, 1, 10))).isEqualTo(BusinessDate.of(2027, 1, 2));
        assertThat(policy.lastPurgeable(RetentionKind.RECORDS, LocalDate.of(2028, 2, 6))).isEqualTo(BusinessDate.of(2027, 1, 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown key         | inputs:\\n  keepDays: 400\\n  keepdays: 3\\n | retention.yaml line 3, key inputs.keepdays: unknown key 'keepdays': fix its spelling or remove it; the keys here are [keepDays]
            unknown kind        | logs:\\n  keepDays: 30\\n                     | retention.yaml line 9, key logs: unknown key 'logs': fix its spelling or remove it; the keys here are [inputs, outputs, records, spills]
            kind missing        | inputs: {keepDays: 400}\\n                    | retention.yaml line 2, key spills: missing required key 'spills': add it
            zero days           | inputs:\\n  keepDays: 0\\n                      | retention.yaml line 3, key inputs: keepDays must be 1..36500, got 0
            days as text        | inputs:\\n  keepDays: "400"\\n                  | retention.yaml line 2, key inputs.keepDays: expected a whole number, got text: write it without quotes
            """)
    void refusedWithFileLineAndKey(String name, String yaml, String message) {
        String text = switch (name) {
            case "kind missing" -> yaml.replace("\\n", "\n");
            case "unknown kind" -> VALID + yaml.replace("\\n", "\n");
            // the value's error is placed where Jackson stands after it: the next line
            default -> yaml.replace("\\n", "\n") + VALID.substring(VALID.indexOf("spills:"));
        };
        assertThatThrownBy(() -> RetentionPolicy.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "retention.yaml")).hasMessage(message);
    }
}
