-- Who runs which partition of a step spread over worker processes (package workers): one row per partition while
-- its step runs. A worker claims the current attempt and counts beats; the manager hands a partition whose beats
-- stopped to another worker under a new attempt.
CREATE TABLE partition_lease (
    step_execution_id ${bigint}     NOT NULL PRIMARY KEY,
    job_execution_id  ${bigint}     NOT NULL,
    attempt           INT          NOT NULL,
    worker            VARCHAR(200),
    beats             ${bigint}     NOT NULL
);
CREATE INDEX partition_lease_job ON partition_lease (job_execution_id);
