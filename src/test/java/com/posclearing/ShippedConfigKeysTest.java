package com.posclearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.layout.internal.LayoutYaml;
import com.posclearing.retention.RetentionPolicy;
import com.posclearing.schedule.internal.DefinitionYaml;
import com.posclearing.transfer.TransferConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * No configuration key that nothing reads: every key of every shipped YAML file (sources.yaml, each layout, each job, retention.yaml)
 * is one its strict reader knows. Each key in turn is misspelt (an {@code x} in front) and the file must then be
 * refused. Free-text and data maps ({@code info}, a field's {@code map}) are values, not keys, and are skipped.
 */
class ShippedConfigKeysTest {
    private static final Set<String> VALUE_MAPS = Set.of("info", "map");

    @TempDir
    Path tmp;

    @Test
    void everyKeyOfSourcesYamlIsRead() throws IOException {
        assertEveryKeyRead(Path.of("config/sources.yaml"), text -> TransferConfig.parse(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "sources.yaml"));
    }

    @Test
    void everyKeyOfTheOnboardedSourcesExampleIsRead() throws IOException {
        assertEveryKeyRead(Path.of("config-examples/onboarded/sources.yaml"), text -> TransferConfig.parse(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "sources.yaml"));
    }

    @Test
    void everyKeyOfEveryLayoutIsRead() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("config/layouts"))) {
            for (Path file : files.sorted().toList()) {
                assertEveryKeyRead(file, text -> LayoutYaml.read(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), file.toString()));
            }
        }
    }

    @Test
    void everyKeyOfRetentionYamlIsRead() throws IOException {
        assertEveryKeyRead(Path.of("config/retention.yaml"), text -> RetentionPolicy.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "retention.yaml"));
    }

    @Test
    void everyKeyOfEveryJobIsRead() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("jobs"))) {
            for (Path file : files.sorted().toList()) {
                assertEveryKeyRead(file, text -> {
                    try {
                        Path copy = Files.writeString(tmp.resolve(file.getFileName()), text, StandardCharsets.UTF_8);
                        DefinitionYaml.read(copy, tmp, Set.of("nightly-settlement", "agent-month", "purge"));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        }
    }

    private static void assertEveryKeyRead(Path file, Consumer<String> reader) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        reader.accept(text);
        List<ScalarNode> keys = new ArrayList<>();
        collectKeys(new Yaml(new LoaderOptions()).compose(new StringReader(text)), keys);
        assertThat(keys).as(file.toString()).isNotEmpty();
        for (ScalarNode key : keys) {
            int at = key.getStartMark().getIndex();
            String misspelt = text.substring(0, at) + "x" + text.substring(at);
            assertThatThrownBy(() -> reader.accept(misspelt))
                    .as(file + " line " + (key.getStartMark().getLine() + 1) + ": key " + key.getValue() + " is not read")
                    .isInstanceOf(RuntimeException.class);
        }
    }

    private static void collectKeys(Node node, List<ScalarNode> keys) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                ScalarNode key = (ScalarNode) t.getKeyNode();
                keys.add(key);
                if (!VALUE_MAPS.contains(key.getValue())) {
                    collectKeys(t.getValueNode(), keys);
                }
            }
        } else if (node instanceof SequenceNode s) {
            s.getValue().forEach(n -> collectKeys(n, keys));
        }
    }
}
