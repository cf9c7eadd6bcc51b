package com.posclearing.payout.batch;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.MerchantId;
import com.posclearing.payout.MerchantDay;
import com.posclearing.payout.PayoutCalculator;
import com.posclearing.payout.PayoutDecision;
import com.posclearing.payout.SettlementInvariant;
import com.posclearing.refdata.Merchant;
import com.posclearing.refdata.RefData;
import com.posclearing.refdata.ReferenceData;
import com.posclearing.resolution.BreakService;
import com.posclearing.resolution.ResolutionAdjustment;
import com.posclearing.runs.RunRegistry;
import com.posclearing.runs.SummaryTasklet;
import com.posclearing.support.ClearingProperties;
import com.posclearing.support.PausePoint;
import com.posclearing.support.batch.RunParams;
import com.posclearing.support.db.SqlDates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * SPEC 3.2-3.3: the fee of every settled transaction, each merchant's balance and payout, and the run's invariant.
 * A run whose invariant fails stops here, FAILED, before any payout file is written.
 */
@Component
public class SettleTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(SettleTasklet.class);
    private final SettlementStore settlement;
    private final RunRegistry runs;
    private final JdbcTemplate jdbc;
    private final RefData refData;
    private final ClearingProperties props;
    private final SummaryTasklet summary;
    private final BreakService breaks;

    SettleTasklet(SettlementStore settlement, RunRegistry runs, JdbcTemplate jdbc, RefData refData, ClearingProperties props,
            SummaryTasklet summary, BreakService breaks) {
        this.breaks = breaks;
        this.settlement = settlement;
        this.runs = runs;
        this.jdbc = jdbc;
        this.refData = refData;
        this.props = props;
        this.summary = summary;
    }

    /** Sums per merchant of the transactions settled on D. */
    private static final class Sums {
        long salesCount;
        long salesFen;
        long refundsCount;
        long refundsFen;
        long feesFen;
        long marginFen;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        RunParams run = RunParams.of(context);
        BusinessDate d = run.date();
        ReferenceData ref = refData.get();
        settlement.deleteRun(d, run.runNo());
        settlement.deleteAdjustmentsOf(d, run.runNo());
        // breaks and resolutions commit with the settlement: a crash records and applies all of them or none
        breaks.recordRun(d, run.runNo());
        for (ResolutionAdjustment a : breaks.applyApproved(d, ref)) {
            settlement.insertResolutionAdjustment(a, d, run.runNo());
        }
        PausePoint.reached("settle", props.dataDir());

        // fees and costs were set on each settled record by the reconcile step, which summed them per merchant and
        // bucket: here the buckets are added up, which also finds the merchants with only pending items or breaks (they
        // still get their statement)
        Map<MerchantId, Sums> sums = new HashMap<>();
        Set<MerchantId> unsettled = new HashSet<>();
        jdbc.query("SELECT merchant_id, SUM(sales_count), SUM(sales_fen), SUM(refunds_count), SUM(refunds_fen), SUM(fees_fen),"
                + " SUM(margin_fen) FROM merchant_tally WHERE business_date = ? AND run_no = ? GROUP BY merchant_id", rs -> {
                    MerchantId id = MerchantId.of(rs.getString(1));
                    Sums s = new Sums();
                    s.salesCount = rs.getLong(2);
                    s.salesFen = rs.getLong(3);
                    s.refundsCount = rs.getLong(4);
                    s.refundsFen = rs.getLong(5);
                    s.feesFen = rs.getLong(6); // only settled records carry a fee and a cost
                    s.marginFen = rs.getLong(7);
                    if (s.salesCount + s.refundsCount > 0) {
                        sums.put(id, s);
                    } else if (ref.merchant(id).isPresent()) {
                        unsettled.add(id);
                    }
                }, SqlDates.date(d.value()), run.runNo());

        Map<MerchantId, Long> opening = runs.lastCompletedBefore(d)
                .map(prev -> settlement.closingOf(prev.date(), prev.runNo())).orElse(Map.of());
        Map<MerchantId, Long> adjustments = settlement.adjustmentsOn(d);
        TreeSet<MerchantId> merchants = new TreeSet<>(sums.keySet());
        merchants.addAll(unsettled);
        merchants.addAll(opening.keySet());
        merchants.addAll(adjustments.keySet());

        PayoutCalculator calculator = new PayoutCalculator(ref.calendar(), props.minimumPayoutFen());
        List<PayoutDecision> decisions = new ArrayList<>();
        Map<MerchantId, Long> margins = new TreeMap<>();
        for (MerchantId id : merchants) {
            Merchant merchant = ref.merchant(id).orElseThrow(() -> new IllegalStateException(
                    "merchant " + id + " has a balance or settled transactions but is not in merchants.csv"));
            Sums s = sums.getOrDefault(id, new Sums());
            MerchantDay day = new MerchantDay(id, merchant.status(), opening.getOrDefault(id, 0L), s.salesCount, s.salesFen,
                    s.refundsCount, s.refundsFen, s.feesFen, adjustments.getOrDefault(id, 0L));
            decisions.add(calculator.decide(d, day));
            margins.put(id, s.marginFen);
        }
        breaks.marginAppliedOn(d).forEach((id, fen) -> margins.merge(id, fen, Long::sum));
        Optional<Integer> deliveredRun = settlement.deliveredRun(d);
        if (deliveredRun.isPresent()) {
            decisions = PayoutGuard.keepDelivered(settlement, d, run.runNo(), deliveredRun.get(), decisions, calculator);
        }
        checkDeliveredPayoutsKept(d, deliveredRun, decisions);
        settlement.insertDays(run.runNo(), decisions, margins);
        if (deliveredRun.isEmpty()) {
            settlement.replacePayouts(d, run.runNo(), decisions);
        }
        contribution.incrementWriteCount(decisions.size());

        SettlementInvariant invariant = SettlementInvariant.of(decisions);
        LOG.info("settled {}: {} merchants, {} payouts totalling {} fen; invariant {} = {} ({})", d, decisions.size(),
                invariant.payoutsCount(), invariant.payoutsFen(), invariant.leftFen(), invariant.rightFen(),
                invariant.balanced() ? "balanced" : "NOT BALANCED");
        if (!invariant.balanced()) {
            summary.writeFailed(run);
            throw new IllegalStateException("the settlement invariant of " + d + " does not hold: sales - refunds = "
                    + invariant.leftFen() + " fen but fees + payouts + balance change - adjustments = " + invariant.rightFen()
                    + " fen; no payout file was written; see out/" + d.compact() + "/summary.json");
        }
        return RepeatStatus.FINISHED;
    }

    /** After delivery every merchant must be paid exactly what the bank was told. */
    private void checkDeliveredPayoutsKept(BusinessDate d, Optional<Integer> deliveredRun, List<PayoutDecision> decisions) {
        if (deliveredRun.isEmpty()) {
            return;
        }
        Map<MerchantId, Long> delivered = new HashMap<>();
        settlement.payoutsOf(d).forEach(p -> delivered.put(p.merchantId(), p.amountFen()));
        for (PayoutDecision p : decisions) {
            if (p.payoutFen() != delivered.getOrDefault(p.merchantId(), 0L)) {
                throw new IllegalStateException("the payout of " + p.merchantId() + " on " + d + " was delivered as "
                        + delivered.getOrDefault(p.merchantId(), 0L) + " fen but this run would pay " + p.payoutFen()
                        + " fen (did the merchant's status change?); correct it with an adjustment of the next business date");
            }
        }
    }
}
