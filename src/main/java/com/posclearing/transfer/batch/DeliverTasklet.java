package com.posclearing.transfer.batch;

import com.posclearing.report.DeliverySummary;
import com.posclearing.runs.SummaryTasklet;
import com.posclearing.support.batch.RunParams;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Sends D's payout file and statements to their SFTP targets, and mails the statements of merchants that take them by
 * e-mail. Each delivery is recorded as it completes (not with
 * the step), so a restart after a failure here sends only what is still missing. Then summary.json gets its delivery
 * section and status (DELIVERED, or COMPLETED when no bank target is configured).
 */
@Component
public class DeliverTasklet implements Tasklet {
    private final OutputDelivery delivery;
    private final SummaryTasklet summary;

    DeliverTasklet(OutputDelivery delivery, SummaryTasklet summary) {
        this.delivery = delivery;
        this.summary = summary;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        RunParams run = RunParams.of(context);
        OutputDelivery.Result result = delivery.deliver(run.date(), run.runNo());
        for (int i = 0; i < result.sent() + result.alreadyDelivered(); i++) {
            contribution.incrementReadCount();
        }
        contribution.incrementWriteCount(result.sent());
        int payoutPair = result.bankDelivered() ? 2 : 0;
        // only now may the summary say where the payout file is
        summary.recordDelivery(run, new DeliverySummary(result.bankDelivered() ? DeliverySummary.Bank.DELIVERED
                : DeliverySummary.Bank.NOT_CONFIGURED, result.sent() + result.alreadyDelivered() - payoutPair));
        return RepeatStatus.FINISHED;
    }
}
