package com.posclearing.agents.batch;

import com.posclearing.agents.DailyAccrual;
import com.posclearing.support.PausePoint;
import com.posclearing.agents.ShareCalculator;
import com.posclearing.agents.ShareEntry;
import com.posclearing.agents.ShareInvariant;
import com.posclearing.agents.TxnShares;
import com.posclearing.fees.FeeCalculator;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.TxnType;
import com.posclearing.refdata.AgentNetwork;
import com.posclearing.refdata.AgentRate;
import com.posclearing.refdata.RefData;
import com.posclearing.refdata.ReferenceData;
import com.posclearing.runs.SummaryTasklet;
import com.posclearing.support.batch.RunParams;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * SPEC 3.5: every settled transaction and applied resolution of the run shared between its merchant's agents and the
 * acquirer, the date's accrual replaced, and the invariant checked against the settle step's fees. A run whose
 * invariant fails stops here, FAILED, before any statement or payout file is written.
 */
@Component
public class SharesTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(SharesTasklet.class);
    private final SettledRecords settled;
    private final AccrualStore store;
    private final RefData refData;
    private final SummaryTasklet summary;

    SharesTasklet(SettledRecords settled, AccrualStore store, RefData refData, SummaryTasklet summary) {
        this.settled = settled;
        this.store = store;
        this.refData = refData;
        this.summary = summary;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        RunParams run = RunParams.of(context);
        BusinessDate d = run.date();
        ReferenceData ref = refData.get();
        DailyAccrual accrual = new DailyAccrual();
        settled.forEachSettled(d, run.runNo(), t -> {
            List<AgentRate> chain = chain(ref.agents(), t.merchantId(), t.cardKind());
            if (t.type() == TxnType.REFUND) {
                // a refund of a sale not in the database is taken as the whole refund of a sale of its own amount
                long saleFen = t.saleAmountFen() > 0 ? t.saleAmountFen() : t.amountFen();
                accrual.add(t.merchantId(), t.cardKind(), ShareEntry.CLAWBACK, -t.amountFen(), t.networkCostFen(),
                        ShareCalculator.clawBack(saleShares(ref, chain, t.merchantId(), t.cardKind(), saleFen), t.feeFen()));
            } else {
                accrual.add(t.merchantId(), t.cardKind(), ShareEntry.SALE, t.amountFen(), t.networkCostFen(),
                        ShareCalculator.ofSale(chain, t.amountFen(), t.feeFen()));
            }
        });
        settled.forEachResolution(d, run.runNo(), r -> {
            if (r.type() == TxnType.VOID) {
                return; // a void moves no money and has no fee
            }
            List<AgentRate> chain = chain(ref.agents(), r.merchantId(), r.cardKind());
            if (r.type() == TxnType.REFUND) {
                accrual.add(r.merchantId(), r.cardKind(), ShareEntry.ADJUSTMENT, -r.amountFen(), 0, ShareCalculator.clawBack(
                        saleShares(ref, chain, r.merchantId(), r.cardKind(), r.amountFen()), r.feeFen()));
            } else {
                accrual.add(r.merchantId(), r.cardKind(), ShareEntry.ADJUSTMENT, r.amountFen(), 0,
                        ShareCalculator.ofSale(chain, r.amountFen(), r.feeFen()));
            }
        });
        ShareInvariant invariant = accrual.invariant(settled.merchantFeesFen(d, run.runNo()));
        store.replace(d, run.runNo(), accrual, invariant);
        contribution.incrementWriteCount(accrual.rows().size());
        accrual.agentTotals().stream().filter(a -> a.invertedCount() > 0).forEach(a -> LOG.warn(
                "agent {} priced below its cost (倒挂) on {} transactions of {}: {} fen owed", a.agentId(), a.invertedCount(),
                d, -a.invertedFen()));
        LOG.info("shared {}: {} transactions, {}; acquirer margin {} fen", d, accrual.txnCount(), invariant.describe(),
                invariant.marginFen());
        PausePoint.reached("shares");
        if (!invariant.balanced()) {
            summary.writeFailed(run);
            throw new IllegalStateException("the sharing invariant of " + d + " does not hold: " + invariant.describe()
                    + "; no statement or payout file was written; see out/" + d.compact() + "/summary.json");
        }
        return RepeatStatus.FINISHED;
    }

    private static List<AgentRate> chain(AgentNetwork agents, MerchantId merchant, CardKind kind) {
        return agents.chainOf(merchant).stream().map(a -> agents.rate(a.id(), kind)).toList();
    }

    /** The shares the refunded sale earned, by today's plan and cost prices. */
    private static TxnShares saleShares(ReferenceData ref, List<AgentRate> chain, MerchantId merchant, CardKind kind,
            long saleFen) {
        long saleFeeFen = FeeCalculator.merchantFee(ref.feePlanOf(merchant, kind), TxnType.SALE, saleFen);
        return ShareCalculator.ofSale(chain, saleFen, saleFeeFen);
    }
}
