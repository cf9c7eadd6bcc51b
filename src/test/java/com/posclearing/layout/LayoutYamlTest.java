package com.posclearing.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.ConfigFiles;
import com.posclearing.layout.internal.LayoutYaml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every mistake in a layout file fails at start with the file, the line and the key path: nothing is silently ignored. */
class LayoutYamlTest {

    private static String builtIn(String file) {
        try (InputStream in = ConfigFiles.builtIn().open("layouts/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Layout read(String yaml) {
        return LayoutYaml.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "layouts/x.yaml");
    }

    /** {@code yaml} with {@code from} replaced once; fails the test if {@code from} is not there. */
    private static String edit(String file, String from, String to) {
        String yaml = builtIn(file);
        assertThat(yaml).contains(from);
        return yaml.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    @Test
    void aMisspeltKeyIsAnErrorNamingLineAndPath() {
        assertThatThrownBy(() -> read(edit("posp-csv.yaml", "required: true, values: [\"POSP-CSV\"]",
                "requried: true, values: [\"POSP-CSV\"]")))
                .hasMessageStartingWith("layouts/x.yaml line 28, key records[0].fields[0].requried: unknown key 'requried':"
                        + " fix its spelling or remove it; the keys here are [chars, column, decimals, header,");
        assertThatThrownBy(() -> read(edit("posp-csv.yaml", "controlTotals:", "controlTotal:")))
                .hasMessageContaining("key controlTotal: unknown key 'controlTotal'");
        assertThatThrownBy(() -> read(edit("cups-acoma.yaml", "fileDate:", "fileDat:")))
                .hasMessageContaining("line 16, key fileDat: unknown key 'fileDat'");
    }

    @Test
    void companionMistakesAreErrorsNamingLineAndPath() {
        assertThatThrownBy(() -> read(edit("cups-zm.yaml", "totalsLabel:", "totalLabel:")))
                .hasMessageContaining("line 29, key companion.totalsLabel: missing required key 'totalsLabel': add it");
        assertThatThrownBy(() -> read(edit("cups-zm.yaml", "netAmountFen: {column: 8,", "netAmountFan: {column: 8,")))
                .hasMessageContaining("layout cups-zm: companion.sums.netAmountFan: the detail record ZM has no field"
                        + " netAmountFan to sum");
        assertThatThrownBy(() -> read(edit("cups-zm.yaml", "{column: 4, type: amount-yuan}", "{column: 4, type: text}")))
                .hasMessageContaining("key companion.sums.amountFen: companion sum type must be amount-yuan or amount-fen,"
                        + " got text");
        assertThatThrownBy(() -> read(edit("cups-zm.yaml", "RD2010{yyMMdd}01_*", "RD2010{yyMMdd}01_{id}")))
                .hasMessageContaining("key companion: file-name pattern RD2010{yyMMdd}01_{id} needs exactly one");
    }

    @Test
    void aFieldNameOutsideTheCanonicalListIsAnError() {
        assertThatThrownBy(() -> read(edit("cups-acoma.yaml", "name: reversed,", "name: reversd,")))
                .hasMessageContaining("record ROW, field reversd: 'reversd' is no canonical field name (did you mean 'reversed'?)");
        assertThatThrownBy(() -> read(edit("cups-acoma.yaml", "name: acquirerCostFen,", "name: acquirerCostFEN,")))
                .hasMessageContaining("(did you mean 'acquirerCostFen'?)");
    }

    @Test
    void wrongTypesAndMissingKeysAreErrors() {
        assertThatThrownBy(() -> read(edit("cups-zm.yaml", "maxLineBytes: 2048", "maxLineBytes: \"2048\"")))
                .hasMessage("layouts/x.yaml line 16, key maxLineBytes: expected a whole number, got text: write it without quotes");
        assertThatThrownBy(() -> read(edit("posp-csv.yaml", "values: [\"1\"]", "values: [1]")))
                .hasMessageContaining("key records[0].fields[1].values[0]: expected text: write the value in quotes");
        assertThatThrownBy(() -> read(edit("cups-zm.yaml", "name: cups-zm\n", "")))
                .hasMessageContaining("missing required key 'name': add it");
        assertThatThrownBy(() -> read(edit("cups-zm.yaml", "type: text}  # 1", "type: txt}  # 1")))
                .hasMessageContaining("key records[0].fields[0]: field transactionCode: unknown field type 'txt'; known: [digits,");
        assertThatThrownBy(() -> read(edit("cups-zm.yaml", "kind: fixed", "kind: fixd")))
                .hasMessageContaining("line 12, key kind: 'fixd' is not a valid Kind here");
    }

    @Test
    void aPositionInADelimitedLayoutIsAnErrorAtStart() {
        assertThatThrownBy(() -> read(edit("posp-csv.yaml", "{name: node, column: 5,", "{name: node, position: 5, length: 3,")))
                .hasMessageContaining("field node: a delimited layout places fields by column or header, not position");
    }

    @Test
    void aLayoutThatCannotFormATransactionIsRefusedNamingWhatItLacks() {
        assertThatThrownBy(() -> read(edit("cups-zm.yaml", "{name: stan, position: 29, length: 6, type: digits, required: true, chars: \"6\"}",
                "{name: queryId, position: 29, length: 6, type: text}")))
                .hasMessageContaining("the bank detail record ZM lacks [stan]");
    }

    @Test
    void infoIsFreeTextAndTheBuiltInLayoutsRead() {
        Layout layout = read(edit("cups-zm.yaml", "name: cups-zm\n", "name: cups-zm\ninfo: {sender: China UnionPay}\n"));
        assertThat(layout.info()).containsEntry("sender", "China UnionPay");
        assertThat(Layouts.load(ConfigFiles.builtIn()).all()).extracting(Layout::name)
                .containsExactly("posp-csv", "cups-acoma", "cups-zm", "bank-csv", "qr-bill");
        assertThat(Layouts.load(ConfigFiles.builtIn()).byName("cups-acoma").wholeFile().maxRejectRatePercent())
                .isEqualByComparingTo("0.1");
    }
}
