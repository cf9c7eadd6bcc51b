package com.posclearing.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.fees.FeeCalculator;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.TxnType;
import com.posclearing.payout.PayoutReason;
import com.posclearing.refdata.AgentRate;
import com.posclearing.refdata.AgentStatus;
import com.posclearing.refdata.FeePlanRow;
import com.posclearing.refdata.RefundFee;
import com.posclearing.refdata.WorkingCalendar;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * SPEC 3.5's invariant as properties, 10,000 tries each: for random chains (0 to 3 levels), fee plans, cost prices,
 * caps and amounts, the shares and the acquirer's keep of a day's sales and refunds add up to its merchant fees to the
 * fen (negative shares, 倒挂, included), a claw-back never gives back more than the share it claws from, a kept refund
 * fee claws back nothing, and every agent month balances.
 */
class SharingInvariantProperties {
    private static final MerchantId MERCHANT = MerchantId.of("898310058120001");

    /** One sale and a refund of part of it, priced by one plan through one chain. */
    record Txn(FeePlanRow plan, List<AgentRate> chain, long saleFen, int refundPerMille) {
    }

    @Property(tries = 10_000)
    void aDaysFeesAreSharedOutExactly(@ForAll("days") List<Txn> day) {
        DailyAccrual accrual = new DailyAccrual();
        long feesFen = 0;
        for (Txn t : day) {
            long saleFeeFen = FeeCalculator.merchantFee(t.plan(), TxnType.SALE, t.saleFen());
            long refundFen = Math.max(1, t.saleFen() * t.refundPerMille() / 1000);
            long refundFeeFen = FeeCalculator.merchantFee(t.plan(), TxnType.REFUND, refundFen);
            TxnShares sale = ShareCalculator.ofSale(t.chain(), t.saleFen(), saleFeeFen);
            TxnShares back = ShareCalculator.clawBack(sale, refundFeeFen);
            for (int k = 0; k < sale.agents().size(); k++) {
                assertThat(Math.abs(back.agents().get(k).shareFen())).isLessThanOrEqualTo(Math.abs(sale.agents().get(k).shareFen()));
                if (t.plan().refundFee() == RefundFee.KEEP) {
                    assertThat(back.agents().get(k).shareFen()).isZero();
                }
            }
            accrual.add(MERCHANT, CardKind.DEBIT, ShareEntry.SALE, t.saleFen(), 0, sale);
            accrual.add(MERCHANT, CardKind.DEBIT, ShareEntry.CLAWBACK, -refundFen, 0, back);
            feesFen = Math.addExact(feesFen, saleFeeFen + refundFeeFen);
        }
        assertThat(accrual.invariant(feesFen).balanced()).as(accrual.invariant(feesFen).describe()).isTrue();
        assertThat(accrual.rows().stream().mapToLong(AccrualRow::shareFen).sum())
                .isEqualTo(accrual.agentTotals().stream().mapToLong(AgentTotal::shareFen).sum());
    }

    @Property(tries = 10_000)
    void everyAgentMonthBalances(@ForAll @LongRange(min = -1_000_000, max = 1_000_000) long openingFen,
            @ForAll @LongRange(min = -1_000_000, max = 100_000_000) long sharesFen,
            @ForAll @LongRange(min = -1_000_000, max = 0) long clawbackFen,
            @ForAll @LongRange(min = -10_000, max = 10_000) long adjustmentsFen, @ForAll boolean frozen,
            @ForAll @IntRange(min = 1, max = 10_000) int minimumFen) {
        AgentMonth m = new AgentMonthCalculator(WorkingCalendar.weekdaysOnly(), minimumFen).decide(YearMonth.of(2026, 12),
                "AG-1", frozen ? AgentStatus.FROZEN : AgentStatus.ACTIVE, openingFen, sharesFen, clawbackFen, adjustmentsFen);
        assertThat(m.payoutFen() + m.closingFen()).isEqualTo(openingFen + sharesFen + clawbackFen + adjustmentsFen);
        assertThat(m.paid()).isEqualTo(!frozen && m.netFen() >= minimumFen);
        assertThat(m.heldFen()).isEqualTo(frozen ? m.netFen() : 0);
        assertThat(m.reason() == PayoutReason.PAID).isEqualTo(m.paid());
    }

    /** One to eight transactions of up to 100,000,000.00 yuan. */
    @Provide
    Arbitrary<List<Txn>> days() {
        return Combinators.combine(plans(), chains(), Arbitraries.longs().between(1, 10_000_000_000L),
                Arbitraries.integers().between(0, 1000)).as(Txn::new).list().ofMinSize(1).ofMaxSize(8);
    }

    private static Arbitrary<FeePlanRow> plans() {
        // a plan's cap is never below its minimum (FeePlanRow refuses that)
        return Combinators.combine(percents(), optionalFen(100, 5_000), optionalFen(0, 100), optionalFen(0, 50),
                Arbitraries.of(RefundFee.class)).as((rate, cap, min, fixed, refund) -> new FeePlanRow("P", CardKind.DEBIT, rate,
                        cap, min, fixed, refund));
    }

    /** The chain top-level first: each agent's cost price drawn on its own, so inverted prices come up too. */
    private static Arbitrary<List<AgentRate>> chains() {
        Arbitrary<AgentRate> rate = Combinators.combine(percents(), optionalFen(0, 5_000))
                .as((percent, cap) -> new AgentRate("A", CardKind.DEBIT, percent, cap));
        return rate.list().ofMinSize(0).ofMaxSize(3).map(rates -> {
            List<AgentRate> chain = new ArrayList<>();
            for (int level = 0; level < rates.size(); level++) {
                AgentRate r = rates.get(level);
                chain.add(new AgentRate("A" + (level + 1), r.cardKind(), r.costRatePercent(), r.costCapFen()));
            }
            return chain;
        });
    }

    /** 0.00 % to 2.99 %, two decimals. */
    private static Arbitrary<BigDecimal> percents() {
        return Arbitraries.integers().between(0, 299).map(n -> BigDecimal.valueOf(n, 2));
    }

    private static Arbitrary<OptionalLong> optionalFen(long min, long max) {
        return Arbitraries.longs().between(min, max).map(OptionalLong::of).injectNull(0.3)
                .map(o -> o == null ? OptionalLong.empty() : o);
    }
}
