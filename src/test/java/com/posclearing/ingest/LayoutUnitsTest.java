package com.posclearing.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.layout.Layout;
import com.posclearing.layout.internal.LayoutYaml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The units a layout states: an amount's minor digits ({@code decimals}) and a date-time's {@code zone}. */
class LayoutUnitsTest {
    private static final BusinessDate DATE = BusinessDate.of(2026, 12, 30);
    private static final String NAME = "U_20261230.csv";

    @TempDir
    Path tmp;

    /** A one-record bank layout: column 1 the STAN, 2 the time, 3 the amount, as the given field lines read them. */
    private static Layout layout(String time, String amount) {
        String yaml = """
                name: units
                kind: delimited
                encoding: UTF-8
                side: bank
                fileName: "U_{yyyyMMdd}.csv"
                maxLineBytes: 200
                records:
                  - type: D
                    minLength: 3
                    fields:
                      - {name: stan, column: 1, type: digits, required: true}
                      - {name: transmissionTime, column: 2, TIME, required: true}
                      - {name: amountFen, column: 3, AMOUNT, required: true}
                      - {name: cardNo, value: "000000******0000", type: card}
                      - {name: terminalId, value: "T0000001", type: alnum}
                      - {name: merchantId, value: "100000000000001", type: digits}
                      - {name: txnType, value: "SALE", type: text}
                """.replace("TIME", time).replace("AMOUNT", amount);
        return LayoutYaml.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "layouts/units.yaml");
    }

    private CollectingSink parse(Layout layout, String content, Charset charset) throws IOException {
        Path file = tmp.resolve(NAME);
        Files.writeString(file, content, charset);
        CollectingSink sink = new CollectingSink();
        FileParser.parse(file, NAME, layout, DATE, sink);
        return sink;
    }

    private CollectingSink parse(Layout layout, String content) throws IOException {
        return parse(layout, content, StandardCharsets.UTF_8);
    }

    @Test
    void zeroDecimalsReadWholeUnitsAndRefuseADecimal() throws IOException {
        Layout layout = layout("type: datetime", "type: amount-yuan, decimals: 0");
        CollectingSink sink = parse(layout, "000001,20261230101112,\"1,250\"\n000002,20261230101113,7\n000003,20261230101114,12.5\n");

        assertThat(sink.bank).extracting(t -> t.amountFen()).containsExactly(1_250L, 7L);
        assertThat(sink.rejects).extracting(LineReject::message).containsExactly("U_20261230.csv line 3 field amountFen:"
                + " has 1 decimals: the layout declares 0 (decimals: 0); it is refused, not rounded (value '12.5')");
    }

    @Test
    void threeDecimalsReadThousandthsExactlyAndRefuseAFourth() throws IOException {
        Layout layout = layout("type: datetime", "type: amount-yuan, decimals: 3");
        CollectingSink sink = parse(layout, "000001,20261230101112,12.345\n000002,20261230101113,-0.5\n"
                + "000003,20261230101114,1.2345\n000004,20261230101115,9999999999999999\n");

        // -0.5 is read (500 minor units) and then refused by the bank mapper as a negative amount
        assertThat(sink.bank).extracting(t -> t.amountFen()).containsExactly(12_345L);
        assertThat(sink.rejects).extracting(LineReject::message).containsExactly(
                "U_20261230.csv line 2 field amountFen: " + sink.rejects.get(0).reason() + " (value '-500')",
                "U_20261230.csv line 3 field amountFen: has 4 decimals: the layout declares 3 (decimals: 3); it is refused,"
                        + " not rounded (value '1.2345')",
                "U_20261230.csv line 4 field amountFen: has more than 18 digits in the minor unit (decimals: 3)"
                        + " (value '9999999999999999')");
    }

    @Test
    void theDefaultIsTwoDecimalsWithTheOldSentence() throws IOException {
        CollectingSink sink = parse(layout("type: datetime", "type: amount-yuan"), "000001,20261230101112,12.34\n"
                + "000002,20261230101113,12.345\n");

        assertThat(sink.bank).extracting(t -> t.amountFen()).containsExactly(1_234L);
        assertThat(sink.rejects).extracting(LineReject::message).containsExactly("U_20261230.csv line 2 field amountFen:"
                + " has 3 decimals: an amount in yuan has at most 2 (fen); it is refused, not rounded (value '12.345')");
    }

    @Test
    void decimalsOnAnotherTypeIsRefusedAtStart() {
        assertThatThrownBy(() -> layout("type: datetime", "type: amount-fen, decimals: 0"))
                .hasMessageContaining("layouts/units.yaml")
                .hasMessageContaining("field amountFen: decimals is for type amount-yuan only");
        assertThatThrownBy(() -> layout("type: datetime", "type: amount-yuan, decimals: 5"))
                .hasMessageContaining("field amountFen: decimals is 0 to 4, got 5");
    }

    @Test
    void aZonedTimeIsConvertedToShanghaiTime() throws IOException {
        Layout layout = layout("type: datetime, pattern: \"yyyy-MM-dd HH:mm:ss\", zone: Europe/London", "type: amount-fen");
        // London is UTC+0 in December: 16:30 there is 00:30 the next day in Shanghai
        CollectingSink sink = parse(layout, "000001,2026-12-29 16:30:00,100\n000002,2026-12-30 02:00:05,200\n"
                + "000003,2026-12-30 25:00:00,300\n");

        assertThat(sink.bank).extracting(t -> t.transmissionTime()).containsExactly(
                LocalDateTime.of(2026, 12, 30, 0, 30, 0), LocalDateTime.of(2026, 12, 30, 10, 0, 5));
        assertThat(sink.rejects).extracting(LineReject::message).containsExactly("U_20261230.csv line 3 field"
                + " transmissionTime: expected a date-time yyyy-MM-dd HH:mm:ss (value '2026-12-30 25:00:00')");
    }

    @Test
    void anOffsetZoneAndTheCompactFormatConvertToo() throws IOException {
        Layout layout = layout("type: datetime, zone: \"-05:00\"", "type: amount-fen");
        CollectingSink sink = parse(layout, "000001,20261229211112,100\n");

        assertThat(sink.bank.get(0).transmissionTime()).isEqualTo(LocalDateTime.of(2026, 12, 30, 10, 11, 12));
    }

    @Test
    void noZoneMeansNoConversionAndABadZoneIsRefusedAtStart() throws IOException {
        CollectingSink sink = parse(layout("type: datetime", "type: amount-fen"), "000001,20261230101112,100\n");
        assertThat(sink.bank.get(0).transmissionTime()).isEqualTo(LocalDateTime.of(2026, 12, 30, 10, 11, 12));

        assertThatThrownBy(() -> layout("type: datetime, zone: Mars/Olympus", "type: amount-fen"))
                .hasMessageContaining("layouts/units.yaml")
                .hasMessageContaining("field transmissionTime: zone 'Mars/Olympus' is no time zone");
        assertThatThrownBy(() -> layout("type: datetime", "type: amount-fen, zone: UTC"))
                .hasMessageContaining("field amountFen: zone is for type datetime only");
    }
}
