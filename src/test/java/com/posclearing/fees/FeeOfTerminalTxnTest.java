package com.posclearing.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.InputRejectedException;
import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.kernel.TxnType;
import com.posclearing.refdata.FeePlanRow;
import com.posclearing.refdata.Merchant;
import com.posclearing.refdata.MerchantStatus;
import com.posclearing.refdata.ReferenceData;
import com.posclearing.refdata.RefundFee;
import com.posclearing.refdata.SettlementCycle;
import com.posclearing.refdata.StatementDelivery;
import com.posclearing.refdata.Terminal;
import com.posclearing.refdata.TerminalRejection;
import com.posclearing.refdata.TerminalStatus;
import com.posclearing.refdata.WorkingCalendar;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FeeOfTerminalTxnTest {
    private static final MerchantId M = MerchantId.of("898310048160001");
    private static final TerminalId T = TerminalId.of("10000001");

    private final ReferenceData ref = new ReferenceData(
            List.of(new Merchant(M, "上海一号便利店", "5411", "STD", SettlementCycle.T1, "9558801001100001", "账户",
                    "102290000019", MerchantStatus.ACTIVE, "", StatementDelivery.SFTP)),
            List.of(new Terminal(T, M, TerminalStatus.ACTIVE)),
            List.of(new FeePlanRow("STD", CardKind.DEBIT, new BigDecimal("0.55"), OptionalLong.of(2000),
                    OptionalLong.empty(), OptionalLong.empty(), RefundFee.RETURN)),
            WorkingCalendar.weekdaysOnly());

    @Test
    void usesTheMerchantsPlanRowForTheCardKind() {
        assertThat(FeeCalculator.merchantFee(ref, txn(TxnType.SALE, CardKind.DEBIT, 3000))).isEqualTo(17);
        assertThat(FeeCalculator.merchantFee(ref, txn(TxnType.REFUND, CardKind.DEBIT, 1_000_000))).isEqualTo(-2000);
        assertThat(ref.terminalCheck().check(txn(TxnType.SALE, CardKind.DEBIT, 3000))).isEmpty();
    }

    @Test
    void aCardKindTheMerchantsPlanLacksFailsClearly() {
        assertThatThrownBy(() -> FeeCalculator.merchantFee(ref, txn(TxnType.SALE, CardKind.FOREIGN, 3000)))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("fee-plans.csv field card_kind: fee plan STD of merchant 898310048160001 has no FOREIGN"
                        + " row; add one to settle its FOREIGN card transactions");
    }

    @Test
    void terminalCheckReadsTheTransaction() {
        TerminalTxn foreign = new TerminalTxn(0, "POSP_20261230_N01_001.csv", 3, BusinessDate.of(2026, 12, 30), M,
                TerminalId.of("99999999"), "000001", Stan.of("000001"), Rrn.of("000000000001"), "123456", TxnType.SALE,
                MaskedCard.of("622202******1234"), CardKind.DEBIT, 3000, LocalDateTime.of(2026, 12, 30, 10, 0), null,
                null, null);
        assertThat(ref.terminalCheck().check(foreign)).contains(TerminalRejection.UNKNOWN_TERMINAL);
    }

    private static TerminalTxn txn(TxnType type, CardKind kind, long amountFen) {
        return new TerminalTxn(0, "POSP_20261230_N01_001.csv", 3, BusinessDate.of(2026, 12, 30), M, T, "000001",
                Stan.of("000002"), Rrn.of("000000000002"), "123456", type, MaskedCard.of("622202******1234"), kind,
                amountFen, LocalDateTime.of(2026, 12, 30, 10, 0), null, null, null);
    }
}
