-- Monthly agent settlement (SPEC 3.5). Months are keyed 'yyyyMM'. Each run of a month is recorded in agent_month_run
-- (delivered_at: its payout file went to the bank);
-- agent_month holds every agent's month as that run settled it; agent_payout one payout id per month and agent
-- (A{yyyyMM}{agentId}), replaced by a rerun until the month's payout file is delivered, frozen after;
-- agent_adjustment the difference a rerun after delivery moves out of a month (RERUN_OUT) and into the next (RERUN),
-- replaced whole by the next run of the same origin month.
CREATE TABLE agent_month_run (
    month_id     CHAR(6)       NOT NULL,
    run_no       INTEGER       NOT NULL,
    run_date     DATE          NOT NULL,
    operator     VARCHAR(100)  NOT NULL,
    reason       VARCHAR(1000),
    started_at   TIMESTAMP     NOT NULL,
    delivered_at TIMESTAMP,
    PRIMARY KEY (month_id, run_no)
);

CREATE TABLE agent_month (
    month_id        CHAR(6)       NOT NULL,
    run_no          INTEGER       NOT NULL,
    agent_id        VARCHAR(32)   NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    opening_fen     ${bigint}     NOT NULL,
    shares_fen      ${bigint}     NOT NULL,
    clawback_fen    ${bigint}     NOT NULL,
    adjustments_fen ${bigint}     NOT NULL,
    net_fen         ${bigint}     NOT NULL,
    payout_fen      ${bigint}     NOT NULL,
    closing_fen     ${bigint}     NOT NULL,
    held_fen        ${bigint}     NOT NULL,
    value_date      DATE          NOT NULL,
    decision        VARCHAR(20)   NOT NULL,
    PRIMARY KEY (month_id, run_no, agent_id)
);

CREATE TABLE agent_payout (
    payout_id     VARCHAR(40)   NOT NULL PRIMARY KEY,
    month_id      CHAR(6)       NOT NULL,
    agent_id      VARCHAR(32)   NOT NULL,
    amount_fen    ${bigint}     NOT NULL,
    value_date    DATE          NOT NULL,
    run_no        INTEGER       NOT NULL,
    delivered_at  TIMESTAMP
);
CREATE INDEX agent_payout_month ON agent_payout (month_id);

CREATE TABLE agent_adjustment (
    agent_id        VARCHAR(32)   NOT NULL,
    effective_month CHAR(6)       NOT NULL,
    origin_month    CHAR(6)       NOT NULL,
    origin_run      INTEGER       NOT NULL,
    source          VARCHAR(20)   NOT NULL,
    amount_fen      ${bigint}     NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    PRIMARY KEY (agent_id, effective_month, origin_month, source)
);
