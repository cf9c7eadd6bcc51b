package com.posclearing.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.TerminalId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TerminalCheckTest {
    private static final MerchantId ACTIVE = MerchantId.of("898310048160001");
    private static final MerchantId FROZEN = MerchantId.of("898310048160002");
    private static final MerchantId CLOSED = MerchantId.of("898310048160003");
    private static final MerchantId UNKNOWN = MerchantId.of("898310048169999");

    private final TerminalCheck check = new ReferenceData(
            List.of(merchant(ACTIVE, MerchantStatus.ACTIVE), merchant(FROZEN, MerchantStatus.FROZEN),
                    merchant(CLOSED, MerchantStatus.CLOSED)),
            List.of(new Terminal(TerminalId.of("10000001"), ACTIVE, TerminalStatus.ACTIVE),
                    new Terminal(TerminalId.of("10000002"), ACTIVE, TerminalStatus.CLOSED),
                    new Terminal(TerminalId.of("20000001"), FROZEN, TerminalStatus.ACTIVE),
                    new Terminal(TerminalId.of("30000001"), CLOSED, TerminalStatus.ACTIVE)),
            List.of(new FeePlanRow("STD", CardKind.DEBIT, new BigDecimal("0.55"), OptionalLong.of(2000),
                    OptionalLong.empty(), OptionalLong.empty(), RefundFee.RETURN)),
            WorkingCalendar.weekdaysOnly()).terminalCheck();

    @Test
    void acceptsTheMerchantsOwnTerminalEvenWhenFrozenOrTheTerminalClosed() {
        assertThat(check.check(TerminalId.of("10000001"), ACTIVE)).isEmpty();
        assertThat(check.check(TerminalId.of("10000002"), ACTIVE)).isEmpty();
        assertThat(check.check(TerminalId.of("20000001"), FROZEN)).isEmpty();
    }

    @Test
    void rejectsEachCaseWithItsReason() {
        assertThat(check.check(TerminalId.of("99999999"), ACTIVE)).contains(TerminalRejection.UNKNOWN_TERMINAL);
        assertThat(check.check(TerminalId.of("10000001"), UNKNOWN)).contains(TerminalRejection.UNKNOWN_MERCHANT);
        assertThat(check.check(TerminalId.of("20000001"), ACTIVE)).contains(TerminalRejection.TERMINAL_OF_OTHER_MERCHANT);
        assertThat(check.check(TerminalId.of("30000001"), CLOSED)).contains(TerminalRejection.MERCHANT_CLOSED);
    }

    @Test
    void anUnknownTerminalWinsOverEveryOtherReason() {
        assertThat(check.check(TerminalId.of("99999999"), CLOSED)).isEqualTo(Optional.of(TerminalRejection.UNKNOWN_TERMINAL));
        // a closed merchant's id on another merchant's terminal: the terminal is the first thing wrong
        assertThat(check.check(TerminalId.of("10000001"), CLOSED)).contains(TerminalRejection.TERMINAL_OF_OTHER_MERCHANT);
    }

    @Test
    void describesTheReasonInOneSentence() {
        assertThat(TerminalRejection.UNKNOWN_TERMINAL.describe("99999999", ACTIVE))
                .isEqualTo("terminal 99999999 is not in terminals.csv");
        assertThat(TerminalRejection.TERMINAL_OF_OTHER_MERCHANT.describe("20000001", ACTIVE))
                .isEqualTo("terminal 20000001 belongs to another merchant than 898310048160001");
        assertThat(TerminalRejection.MERCHANT_CLOSED.describe("30000001", CLOSED))
                .isEqualTo("merchant 898310048160003 is CLOSED");
        assertThat(TerminalRejection.UNKNOWN_MERCHANT.describe("10000001", UNKNOWN))
                .isEqualTo("merchant 898310048169999 is not in merchants.csv");
    }

    private static Merchant merchant(MerchantId id, MerchantStatus status) {
        return new Merchant(id, "商户" + id.value().substring(14), "5411", "STD", SettlementCycle.T1, "9558801001100001",
                "账户", "102290000019", status, "", StatementDelivery.SFTP);
    }
}
