package com.posclearing.bench.internal;

/**
 * One step of the job as Spring Batch recorded it ({@code BATCH_STEP_EXECUTION}), with memory peaks sampled during it.
 *
 * @param startMillis, endMillis wall clock, epoch milliseconds
 * @param rssPeakBytes           highest VmRSS sampled during the step, -1 when unknown
 * @param hwmBytes               the process's VmHWM at the end of the step (the run's peak so far)
 */
public record StepTime(String name, String status, long readCount, long writeCount, long startMillis, long endMillis,
        long rssPeakBytes, long heapPeakBytes, long hwmBytes) {

    public long millis() {
        return endMillis - startMillis;
    }
}
