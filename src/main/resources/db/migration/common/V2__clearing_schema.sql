-- Business tables of pos-clearing. Portable SQL (H2, PostgreSQL, Oracle): ${bigint} is BIGINT, or NUMBER(19)
-- on Oracle; flags are CHAR(1) 'Y'/'N'. Record ids are assigned by the application (file_id * 10^8 + line),
-- so reloading a file after a crash gives the same ids.

CREATE TABLE input_file (
    file_id         ${bigint}     NOT NULL PRIMARY KEY,
    business_date   DATE          NOT NULL,
    file_name       VARCHAR(200)  NOT NULL,
    layout          VARCHAR(50)   NOT NULL,
    side            VARCHAR(10)   NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    size_bytes      ${bigint}     NOT NULL,
    records         ${bigint}     NOT NULL,
    amount_fen      ${bigint}     NOT NULL,
    rejected_lines  ${bigint}     NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    reason          VARCHAR(1000),
    registered_at   TIMESTAMP     NOT NULL
);
CREATE INDEX input_file_date ON input_file (business_date);
CREATE INDEX input_file_sha ON input_file (sha256);
CREATE INDEX input_file_name ON input_file (file_name);

CREATE TABLE terminal_txn (
    txn_id          ${bigint}     NOT NULL PRIMARY KEY,
    file_id         ${bigint}     NOT NULL,
    line_no         ${bigint}     NOT NULL,
    business_date   DATE          NOT NULL,
    merchant_id     VARCHAR(15)   NOT NULL,
    terminal_id     VARCHAR(8)    NOT NULL,
    batch_no        VARCHAR(6)    NOT NULL,
    stan            VARCHAR(6)    NOT NULL,
    rrn             VARCHAR(12)   NOT NULL,
    auth_code       VARCHAR(6),
    txn_type        VARCHAR(16)   NOT NULL,
    card_no         VARCHAR(19)   NOT NULL,
    card_kind       VARCHAR(8)    NOT NULL,
    amount_fen      ${bigint}     NOT NULL,
    txn_time        TIMESTAMP     NOT NULL,
    orig_stan       VARCHAR(6),
    orig_rrn        VARCHAR(12),
    orig_txn_date   DATE
);
CREATE INDEX terminal_txn_date ON terminal_txn (business_date);
CREATE INDEX terminal_txn_key ON terminal_txn (terminal_id, rrn);

CREATE TABLE bank_txn (
    txn_id            ${bigint}    NOT NULL PRIMARY KEY,
    file_id           ${bigint}    NOT NULL,
    line_no           ${bigint}    NOT NULL,
    clearing_date     DATE         NOT NULL,
    stan              VARCHAR(6)   NOT NULL,
    transmission_time TIMESTAMP    NOT NULL,
    card_no           VARCHAR(19)  NOT NULL,
    amount_fen        ${bigint}    NOT NULL,
    mti               VARCHAR(4)   NOT NULL,
    processing_code   VARCHAR(6)   NOT NULL,
    terminal_id       VARCHAR(8)   NOT NULL,
    merchant_id       VARCHAR(15)  NOT NULL,
    rrn               VARCHAR(12)  NOT NULL,
    auth_code         VARCHAR(6),
    orig_stan         VARCHAR(6),
    orig_txn_time     TIMESTAMP,
    reversed          CHAR(1)      NOT NULL,
    cancelled         CHAR(1)      NOT NULL,
    merchant_name     VARCHAR(100),
    acquirer_cost_fen ${bigint}    NOT NULL
);
CREATE INDEX bank_txn_date ON bank_txn (clearing_date);
CREATE INDEX bank_txn_key ON bank_txn (terminal_id, rrn);

-- A line that could not be read: REJECTED, with the field and the reason (values masked).
CREATE TABLE rejected_line (
    file_id        ${bigint}     NOT NULL,
    line_no        ${bigint}     NOT NULL,
    business_date  DATE          NOT NULL,
    side           VARCHAR(10)   NOT NULL,
    field          VARCHAR(50),
    reason         VARCHAR(1000) NOT NULL,
    PRIMARY KEY (file_id, line_no)
);

-- Terminal batch-settlement totals (S line) against what the batch's D lines give.
CREATE TABLE terminal_batch (
    file_id              ${bigint}    NOT NULL,
    line_no              ${bigint}    NOT NULL,
    business_date        DATE         NOT NULL,
    merchant_id          VARCHAR(15)  NOT NULL,
    terminal_id          VARCHAR(8)   NOT NULL,
    batch_no             VARCHAR(6)   NOT NULL,
    declared_sale_count  ${bigint}    NOT NULL,
    declared_sale_fen    ${bigint}    NOT NULL,
    declared_refund_count ${bigint}   NOT NULL,
    declared_refund_fen  ${bigint}    NOT NULL,
    actual_sale_count    ${bigint}    NOT NULL,
    actual_sale_fen      ${bigint}    NOT NULL,
    actual_refund_count  ${bigint}    NOT NULL,
    actual_refund_fen    ${bigint}    NOT NULL,
    out_of_balance       CHAR(1)      NOT NULL,
    PRIMARY KEY (file_id, line_no)
);

CREATE TABLE settlement_run (
    business_date     DATE          NOT NULL,
    run_no            INTEGER       NOT NULL,
    job_execution_id  ${bigint},
    status            VARCHAR(12)   NOT NULL,
    operator          VARCHAR(100)  NOT NULL,
    reason            VARCHAR(1000),
    failure           VARCHAR(1000),
    started_at        TIMESTAMP     NOT NULL,
    finished_at       TIMESTAMP,
    PRIMARY KEY (business_date, run_no)
);

-- One row per input record and run: its outcome, and for settled ones the fee and the acquirer's cost.
CREATE TABLE recon_outcome (
    business_date   DATE          NOT NULL,
    run_no          INTEGER       NOT NULL,
    side            VARCHAR(8)    NOT NULL,
    txn_id          ${bigint}     NOT NULL,
    outcome         VARCHAR(20)   NOT NULL,
    reason          VARCHAR(40),
    detail          VARCHAR(500),
    counterpart_id  ${bigint}     NOT NULL,
    matched_by      VARCHAR(10),
    merchant_id     VARCHAR(15)   NOT NULL,
    terminal_id     VARCHAR(8)    NOT NULL,
    amount_fen      ${bigint}     NOT NULL,
    origin_date     DATE          NOT NULL,
    fee_fen         ${bigint}     NOT NULL,
    cost_fen        ${bigint}     NOT NULL,
    PRIMARY KEY (business_date, run_no, side, txn_id)
);
CREATE INDEX recon_outcome_merchant ON recon_outcome (business_date, run_no, merchant_id);

CREATE TABLE merchant_day (
    business_date   DATE          NOT NULL,
    run_no          INTEGER       NOT NULL,
    merchant_id     VARCHAR(15)   NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    opening_fen     ${bigint}     NOT NULL,
    sales_count     ${bigint}     NOT NULL,
    sales_fen       ${bigint}     NOT NULL,
    refunds_count   ${bigint}     NOT NULL,
    refunds_fen     ${bigint}     NOT NULL,
    fees_fen        ${bigint}     NOT NULL,
    adjustments_fen ${bigint}     NOT NULL,
    net_fen         ${bigint}     NOT NULL,
    payout_fen      ${bigint}     NOT NULL,
    closing_fen     ${bigint}     NOT NULL,
    held_fen        ${bigint}     NOT NULL,
    margin_fen      ${bigint}     NOT NULL,
    value_date      DATE          NOT NULL,
    decision        VARCHAR(20)   NOT NULL,
    PRIMARY KEY (business_date, run_no, merchant_id)
);

-- A payout id is issued once per (date, merchant): a rerun updates it until the payout file is delivered.
CREATE TABLE payout (
    payout_id      VARCHAR(30)   NOT NULL PRIMARY KEY,
    business_date  DATE          NOT NULL,
    merchant_id    VARCHAR(15)   NOT NULL,
    amount_fen     ${bigint}     NOT NULL,
    value_date     DATE          NOT NULL,
    run_no         INTEGER       NOT NULL,
    delivered_at   TIMESTAMP
);
CREATE INDEX payout_date ON payout (business_date);

CREATE TABLE adjustment (
    adjustment_id  ${bigint}     NOT NULL PRIMARY KEY,
    merchant_id    VARCHAR(15)   NOT NULL,
    effective_date DATE          NOT NULL,
    amount_fen     ${bigint}     NOT NULL,
    source         VARCHAR(20)   NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    created_at     TIMESTAMP     NOT NULL
);
CREATE INDEX adjustment_date ON adjustment (effective_date);

CREATE TABLE delivery (
    file_name     VARCHAR(200)  NOT NULL,
    target        VARCHAR(300)  NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    business_date DATE          NOT NULL,
    delivered_at  TIMESTAMP     NOT NULL,
    PRIMARY KEY (file_name, target)
);

-- Append-only for the application: every operator command.
CREATE TABLE audit_log (
    audit_id    ${bigint}     NOT NULL PRIMARY KEY,
    at_time     TIMESTAMP     NOT NULL,
    operator    VARCHAR(100)  NOT NULL,
    command     VARCHAR(50)   NOT NULL,
    arguments   VARCHAR(1000) NOT NULL,
    reason      VARCHAR(1000),
    result      VARCHAR(1000)
);

-- One run of a (job, business date) at a time, taken by the schedule and operator commands alike.
CREATE TABLE run_lock (
    job_name      VARCHAR(100)  NOT NULL,
    business_date DATE          NOT NULL,
    owner         VARCHAR(200)  NOT NULL,
    acquired_at   TIMESTAMP     NOT NULL,
    PRIMARY KEY (job_name, business_date)
);
