package com.posclearing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.TxnType;
import com.posclearing.layout.Layout;
import com.posclearing.layout.Layouts;
import com.posclearing.layout.RawRecord;
import com.posclearing.layout.RecordReader;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * The real UnionPay ZM sample (copied byte for byte into {@code src/test/resources/zm/}) loads through a layout file
 * only: no ZM code exists. Control totals from its RD summary: 8 transactions, 13,227.00 yuan, fees 79.36 yuan.
 */
class ZmSampleTest {
    private static final String NAME = "INN15090588ZM_802310048993424";
    private static final Path FILE = Path.of("src/test/resources/zm", NAME);
    private final Layouts layouts = Layouts.load(ConfigFiles.builtIn());
    private final FileParser parser = new FileParser(layouts);

    @Test
    void parsesIntoEightBankTxnsMatchingTheRdControlTotals() {
        VerifiedFile verified = parser.verify(FILE, NAME);
        assertThat(verified.layout()).isEqualTo("cups-zm");
        assertThat(verified.fileDate()).isEqualTo(BusinessDate.of(2015, 9, 5));

        CollectingSink sink = new CollectingSink();
        FileResult result = parser.parse(FILE, NAME, BusinessDate.of(2015, 9, 5), sink);

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.bank).hasSize(8);
        assertThat(sink.bank.stream().mapToLong(BankTxn::amountFen).sum()).isEqualTo(1_322_700L);
        assertThat(result).isEqualTo(new FileResult(NAME, "cups-zm", 8, 8, 1_322_700L, 0, 0, 0, 0, 0));

        BankTxn first = sink.bank.get(0);
        assertThat(first.stan().value()).isEqualTo("190624");
        assertThat(first.transmissionTime()).isEqualTo(LocalDateTime.of(2015, 9, 6, 11, 22, 3));
        assertThat(first.cardNo().value()).isEqualTo("622609******0048");
        assertThat(first.amountFen()).isEqualTo(476_800L);
        assertThat(first.merchantId().value()).isEqualTo("802310048993424");
        assertThat(first.terminalId().value()).isEqualTo("01080209");
        assertThat(first.txnType()).isEqualTo(TxnType.SALE);
        assertThat(first.mti()).isEqualTo("0200");
        assertThat(first.processingCode()).isEqualTo("000000");
        assertThat(first.rrn()).isNull();
        assertThat(first.acquirerCostFen()).isZero();
    }

    @Test
    void feesAndNetOfTheRawRecordsMatchTheRdSummary() {
        Layout zm = layouts.byName("cups-zm");
        long feeFen = 0;
        long settledFen = 0;
        long count = 0;
        try (RecordReader reader = zm.open(FILE, NAME)) {
            for (RawRecord r = reader.next(); r != null; r = reader.next()) {
                assertThat(r.ok()).as("line %d: %s", r.lineNo(), r.problem()).isTrue();
                feeFen += Long.parseLong(r.get("merchantFeeFen"));
                settledFen += Long.parseLong(r.get("settlementAmountFen"));
                count++;
            }
        }
        assertThat(count).isEqualTo(8);
        // D = charged to the merchant: 79.36 yuan of fees, 13,147.64 yuan settled
        assertThat(feeFen).isEqualTo(-7_936L);
        assertThat(settledFen).isEqualTo(1_314_764L);
    }
}
