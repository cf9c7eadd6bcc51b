package com.posclearing.settlement.internal;

import com.posclearing.settlement.OutputDelivery;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Sends D's payout file and statements to their SFTP targets. Each delivery is recorded as it completes (not with
 * the step), so a restart after a failure here sends only what is still missing.
 */
@Component
public class DeliverTasklet implements Tasklet {
    private final OutputDelivery delivery;

    DeliverTasklet(OutputDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        OutputDelivery.Result result = delivery.deliver(RunParams.of(context).date());
        for (int i = 0; i < result.sent() + result.alreadyDelivered(); i++) {
            contribution.incrementReadCount();
        }
        contribution.incrementWriteCount(result.sent());
        return RepeatStatus.FINISHED;
    }
}
