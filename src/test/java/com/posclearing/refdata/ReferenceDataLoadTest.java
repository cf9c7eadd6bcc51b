package com.posclearing.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.InputRejectedException;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.TerminalId;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferenceDataLoadTest {
    private static final MerchantId SHOP1 = MerchantId.of("898310048160001");
    private static final MerchantId SHOP2 = MerchantId.of("898310048160002");

    @TempDir
    Path config;

    @Test
    void loadsTheValidFilesWithBomQuotedCommaBlankLineAndCrlf() throws Exception {
        ReferenceData ref = ReferenceData.load(validConfig());

        assertThat(ref.merchants()).extracting(m -> m.id().value())
                .containsExactly("898310048160001", "898310048160002", "898310048160003");
        Merchant shop1 = ref.merchant(SHOP1).orElseThrow();
        assertThat(shop1).isEqualTo(new Merchant(SHOP1, "上海一号便利店", "5411", "STD", SettlementCycle.T1,
                "95588010011000012345", "上海一号便利店有限公司", "102290000019", MerchantStatus.ACTIVE,
                "ops@shop1.example.cn", StatementDelivery.SFTP));
        assertThat(shop1.accountLast4()).isEqualTo("2345");
        Merchant shop2 = ref.merchant(SHOP2).orElseThrow();
        assertThat(shop2.name()).isEqualTo("杭州湖滨餐饮,二店");
        assertThat(shop2.status()).isEqualTo(MerchantStatus.FROZEN);
        assertThat(shop2.email()).isEmpty();

        assertThat(ref.terminals()).hasSize(4);
        assertThat(ref.terminal(TerminalId.of("10000002")).orElseThrow())
                .isEqualTo(new Terminal(TerminalId.of("10000002"), SHOP1, TerminalStatus.CLOSED));
        assertThat(ref.terminal(TerminalId.of("99999999"))).isEmpty();

        FeePlanRow debit = ref.feePlan("STD", CardKind.DEBIT);
        assertThat(debit.ratePercent()).isEqualTo(new BigDecimal("0.55"));
        assertThat(debit.capFen()).isEqualTo(OptionalLong.of(2000));
        assertThat(debit.minFen()).isEmpty();
        assertThat(debit.fixedFen()).isEmpty();
        assertThat(debit.refundFee()).isEqualTo(RefundFee.RETURN);
        FeePlanRow minFix = ref.feePlan("MINFIX", CardKind.DEBIT);
        assertThat(minFix).isEqualTo(new FeePlanRow("MINFIX", CardKind.DEBIT, new BigDecimal("0.38"),
                OptionalLong.empty(), OptionalLong.of(50), OptionalLong.of(20), RefundFee.KEEP));

        assertThat(ref.calendar().markedDays()).hasSize(9)
                .containsEntry(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY)
                .containsEntry(LocalDate.of(2026, 9, 27), DayKind.WORKDAY);
        assertThat(ref.calendar().nextWorkingDayAfter(BusinessDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void aPlanWithoutTheCardKindFailsOnlyWhenAFeeOfThatKindIsAsked() throws Exception {
        ReferenceData ref = ReferenceData.load(validConfig());

        assertThat(ref.findFeePlan("MINFIX", CardKind.FOREIGN)).isEmpty();
        assertThatThrownBy(() -> ref.feePlan("MINFIX", CardKind.FOREIGN))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("fee-plans.csv field card_kind: fee plan MINFIX has no FOREIGN row;"
                        + " add one to settle FOREIGN card transactions");
        assertThatThrownBy(() -> ref.feePlanOf(SHOP2, CardKind.FOREIGN))
                .hasMessage("fee-plans.csv field card_kind: fee plan MINFIX of merchant 898310048160002 has no FOREIGN"
                        + " row; add one to settle its FOREIGN card transactions");
        assertThat(ref.feePlanOf(SHOP2, CardKind.CREDIT).minFen()).isEqualTo(OptionalLong.of(100));
    }

    static Stream<Arguments> invalidFiles() {
        return Stream.of(
                Arguments.of("merchants-unknown-fee-plan.csv", "merchants.csv", 3, "fee_plan",
                        "merchants.csv line 3 field fee_plan: unknown fee plan 'GOLD' (not in fee-plans.csv)"),
                Arguments.of("merchants-duplicate-id.csv", "merchants.csv", 4, "merchant_id",
                        "merchants.csv line 4 field merchant_id: merchant 898310048160001 already defined on line 2"),
                Arguments.of("merchants-bad-header.csv", "merchants.csv", 1, "header",
                        "merchants.csv line 1 field header: expected merchant_id,name,mcc,fee_plan,settlement_cycle,"
                                + "account_no,account_name,bank_code,status,email, got merchant_id,merchant_name,mcc,"
                                + "fee_plan,settlement_cycle,account_no,account_name,bank_code,status,email"),
                Arguments.of("merchants-bad-status.csv", "merchants.csv", 2, "status",
                        "merchants.csv line 2 field status: expected ACTIVE or FROZEN or CLOSED, got 'SUSPENDED'"),
                Arguments.of("merchants-bad-merchant-id.csv", "merchants.csv", 2, "merchant_id",
                        "merchants.csv line 2 field merchant_id: expected 15 digits, got '89831004816'"),
                Arguments.of("merchants-bad-account-no.csv", "merchants.csv", 2, "account_no",
                        "merchants.csv line 2 field account_no: expected 4 to 34 digits (19 characters given, value not shown)"),
                Arguments.of("merchants-missing-field.csv", "merchants.csv", 2, "",
                        "merchants.csv line 2: expected 10 fields, got 9"),
                Arguments.of("merchants-bad-settlement-cycle.csv", "merchants.csv", 2, "settlement_cycle",
                        "merchants.csv line 2 field settlement_cycle: expected T1, got 'T2'"),
                Arguments.of("merchants-bad-email.csv", "merchants.csv", 2, "email",
                        "merchants.csv line 2 field email: expected an e-mail address or nothing, got 'ops at shop1'"),
                Arguments.of("merchants-bad-delivery.csv", "merchants.csv", 3, "delivery",
                        "merchants.csv line 3 field delivery: expected sftp, email or both (empty is sftp), got 'EMAIL'"),
                Arguments.of("merchants-email-delivery-without-address.csv", "merchants.csv", 2, "delivery",
                        "merchants.csv line 2 field delivery: both sends statements by e-mail, but the email column is"
                                + " empty; fill it in or write sftp"),
                Arguments.of("fee-plans-bad-rate.csv", "fee-plans.csv", 2, "rate_percent",
                        "fee-plans.csv line 2 field rate_percent: expected a decimal such as 0.55, got '0.55%'"),
                Arguments.of("fee-plans-negative-rate.csv", "fee-plans.csv", 2, "rate_percent",
                        "fee-plans.csv line 2 field rate_percent: expected a decimal such as 0.55, got '-0.55'"),
                Arguments.of("fee-plans-rate-above-100.csv", "fee-plans.csv", 2, "rate_percent",
                        "fee-plans.csv line 2 field rate_percent: a percentage above 100: 155"),
                Arguments.of("fee-plans-duplicate-row.csv", "fee-plans.csv", 4, "card_kind",
                        "fee-plans.csv line 4 field card_kind: plan STD already has a DEBIT row on line 2"),
                Arguments.of("fee-plans-min-above-cap.csv", "fee-plans.csv", 2, "min_fen",
                        "fee-plans.csv line 2 field min_fen: minimum 2500 is above the cap 2000"),
                Arguments.of("fee-plans-negative-cap.csv", "fee-plans.csv", 2, "cap_fen",
                        "fee-plans.csv line 2 field cap_fen: expected an amount in fen (0 or more, at most 12 digits)"
                                + " or nothing, got '-1'"),
                Arguments.of("fee-plans-bad-refund-fee.csv", "fee-plans.csv", 2, "refund_fee",
                        "fee-plans.csv line 2 field refund_fee: expected RETURN or KEEP, got 'REFUND'"),
                Arguments.of("fee-plans-bad-card-kind.csv", "fee-plans.csv", 2, "card_kind",
                        "fee-plans.csv line 2 field card_kind: expected DEBIT or CREDIT or FOREIGN, got 'AMEX'"),
                Arguments.of("terminals-unknown-merchant.csv", "terminals.csv", 3, "merchant_id",
                        "terminals.csv line 3 field merchant_id: unknown merchant 898310048169999 (not in merchants.csv)"),
                Arguments.of("terminals-duplicate-id.csv", "terminals.csv", 3, "terminal_id",
                        "terminals.csv line 3 field terminal_id: terminal 10000001 already defined on line 2"),
                Arguments.of("terminals-bad-terminal-id.csv", "terminals.csv", 2, "terminal_id",
                        "terminals.csv line 2 field terminal_id: expected 8 alphanumerics, got '1000-001'"),
                Arguments.of("calendar-bad-date.csv", "calendar.csv", 2, "date",
                        "calendar.csv line 2 field date: no such date '2027-02-30'"),
                Arguments.of("calendar-bad-date-format.csv", "calendar.csv", 2, "date",
                        "calendar.csv line 2 field date: expected yyyy-MM-dd, got '2027/01/01'"),
                Arguments.of("calendar-duplicate-date.csv", "calendar.csv", 3, "date",
                        "calendar.csv line 3 field date: 2027-01-01 already listed on line 2"),
                Arguments.of("calendar-bad-kind.csv", "calendar.csv", 2, "kind",
                        "calendar.csv line 2 field kind: expected HOLIDAY or WORKDAY, got 'FESTIVAL'"),
                Arguments.of("calendar-empty.csv", "calendar.csv", 0, "",
                        "calendar.csv: empty file, expected the header date,kind"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void rejectsABadFileNamingFileLineFieldAndReason(String sample, String target, long line, String field,
            String message) throws Exception {
        ConfigFiles files = validConfig();
        Files.copy(resource("invalid/" + sample), config.resolve(target), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> ReferenceData.load(files))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> {
                    assertThat(e.fileName()).isEqualTo(target);
                    assertThat(e.lineNo()).isEqualTo(line);
                    assertThat(e.field()).isEqualTo(field);
                })
                .hasMessage(message);
    }

    @Test
    void rejectsAFileThatIsNotUtf8() throws Exception {
        ConfigFiles files = validConfig();
        Files.write(config.resolve("merchants.csv"), List.of(
                "merchant_id,name,mcc,fee_plan,settlement_cycle,account_no,account_name,bank_code,status,email",
                "898310048160001,上海一号便利店,5411,STD,T1,95588010011000012345,上海,102290000019,ACTIVE,"),
                Charset.forName("GBK"));

        assertThatThrownBy(() -> ReferenceData.load(files))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("merchants.csv: not valid UTF-8; save the file as UTF-8");
    }

    @Test
    void aMerchantOfAMultiLineQuotedNameIsCountedOnTheLineItStarts() throws Exception {
        ConfigFiles files = validConfig();
        Files.writeString(config.resolve("merchants.csv"),
                "merchant_id,name,mcc,fee_plan,settlement_cycle,account_no,account_name,bank_code,status,email\n"
                        + "898310048160001,\"两行\n名字\",5411,STD,T1,95588010011000012345,上海,102290000019,ACTIVE,\n"
                        + "\n"
                        + "898310048160002,坏,54,STD,T1,95588010011000012345,上海,102290000019,ACTIVE,\n");

        assertThatThrownBy(() -> ReferenceData.load(files))
                .hasMessage("merchants.csv line 5 field mcc: expected 4 digits, got '54'");
    }

    private ConfigFiles validConfig() throws IOException, URISyntaxException {
        for (String f : List.of("merchants.csv", "terminals.csv", "fee-plans.csv", "calendar.csv")) {
            Files.copy(resource("valid/" + f), config.resolve(f));
        }
        return new ConfigFiles(config);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ReferenceDataLoadTest.class.getResource("/refdata/" + name).toURI());
    }
}
