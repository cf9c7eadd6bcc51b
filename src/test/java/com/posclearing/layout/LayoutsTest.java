package com.posclearing.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.ConfigFiles;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LayoutsTest {
    private final Layouts layouts = Layouts.load(ConfigFiles.builtIn());

    @Test
    void findsTheLayoutAndDateFromTheFileName() {
        assertThat(layouts.layoutForFileName("POSP_20261123_N01_001.csv").map(Layout::name)).contains("posp-csv");
        assertThat(layouts.layoutForFileName("IND26112432ACOMA").map(Layout::name)).contains("cups-acoma");
        assertThat(layouts.layoutForFileName("INN15090588ZM_802310048993424").map(Layout::name)).contains("cups-zm");
        assertThat(layouts.layoutForFileName("POSP_20261123.csv")).isEmpty();
        assertThat(layouts.layoutForFileName("IND26113232ACOMA")).isEmpty(); // no Nov 32
        assertThat(layouts.layoutForFileName("IND26112432ACOMA.bak")).isEmpty();

        assertThat(layouts.byName("posp-csv").dateFromFileName("POSP_20261123_N01_001.csv"))
                .isEqualTo(Optional.of(BusinessDate.of(2026, 11, 23)));
        assertThat(layouts.byName("cups-acoma").dateFromFileName("IND27010132ACOMA"))
                .isEqualTo(Optional.of(BusinessDate.of(2027, 1, 1)));
    }

    @Test
    void builtInDefinitionsCarryTheSpecTables() {
        Layout acoma = layouts.byName("cups-acoma");
        assertThat(acoma.kind()).isEqualTo(Layout.Kind.FIXED);
        assertThat(acoma.encoding().name()).isEqualTo("GBK");
        assertThat(acoma.side()).isEqualTo(Layout.Side.BANK);
        RecordSpec row = acoma.records().get("ROW");
        assertThat(row.fields()).hasSize(46);
        assertThat(row.minLength()).isEqualTo(422);
        FieldSpec name = row.fields().get(40);
        assertThat(name.name()).isEqualTo("merchantName");
        assertThat(name.position()).isEqualTo(337);
        assertThat(name.length()).isEqualTo(40);
        assertThat(row.fields().get(45).endPosition()).isEqualTo(422);

        RecordSpec zm = layouts.byName("cups-zm").records().get("ZM");
        assertThat(zm.fields()).hasSize(42);
        assertThat(zm.fields().get(41).endPosition()).isEqualTo(607);
        assertThat(zm.fields().get(33).name()).isEqualTo("terminalId");
        assertThat(zm.fields().get(33).position()).isEqualTo(389);

        Layout posp = layouts.byName("posp-csv");
        assertThat(posp.records().keySet()).containsExactly("H", "B", "D", "S", "T");
        assertThat(posp.controlTotals().counts()).containsEntry("detailCount", java.util.List.of("D"));
        assertThat(posp.detailType()).isEqualTo("D");
    }
}
