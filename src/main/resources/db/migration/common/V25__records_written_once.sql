-- Each record is written once, after it is decided (issue 13): its outcome row carries the record's own fields, so
-- ingest writes no per-record row and nothing joins back to one. A terminal record's own date is origin_date, a bank
-- record's is business_date; txn_time is a bank record's transmission time; network_fee_fen of a settled terminal
-- record is the fee its bank record states. The rows loaded before this version move into their outcomes, then
-- terminal_txn and bank_txn go.
-- The key leads with the bucket: a bucket's rows of any run (restart, look-back keys, a refund's sale) and a record's
-- counterpart (same terminal, so same bucket) are found by this one index.
CREATE TABLE recon_outcome_v25 (
    business_date     DATE          NOT NULL,
    run_no            INTEGER       NOT NULL,
    side              VARCHAR(8)    NOT NULL,
    txn_id            ${bigint}     NOT NULL,
    outcome           VARCHAR(20)   NOT NULL,
    reason            VARCHAR(40),
    detail            VARCHAR(500),
    counterpart_id    ${bigint}     NOT NULL,
    matched_by        VARCHAR(10),
    merchant_id       VARCHAR(15)   NOT NULL,
    terminal_id       VARCHAR(8)    NOT NULL,
    amount_fen        ${bigint}     NOT NULL,
    origin_date       DATE          NOT NULL,
    fee_fen           ${bigint}     NOT NULL,
    cost_fen          ${bigint}     NOT NULL,
    bucket            INTEGER       NOT NULL,
    txn_type          VARCHAR(16),
    file_id           ${bigint},
    line_no           ${bigint},
    batch_no          VARCHAR(6),
    stan              VARCHAR(6),
    rrn               VARCHAR(12),
    auth_code         VARCHAR(6),
    card_no           VARCHAR(19),
    card_kind         VARCHAR(8),
    txn_time          TIMESTAMP,
    orig_stan         VARCHAR(6),
    orig_rrn          VARCHAR(12),
    orig_txn_date     DATE,
    orig_txn_time     TIMESTAMP,
    mti               VARCHAR(4),
    processing_code   VARCHAR(6),
    reversed          CHAR(1),
    cancelled         CHAR(1),
    merchant_name     VARCHAR(100),
    acquirer_cost_fen ${bigint},
    network_fee_fen   ${bigint},
    PRIMARY KEY (business_date, bucket, run_no, side, txn_id)
);
INSERT INTO recon_outcome_v25 SELECT o.business_date, o.run_no, o.side, o.txn_id, o.outcome, o.reason, o.detail,
        o.counterpart_id, o.matched_by, o.merchant_id, o.terminal_id, o.amount_fen, o.origin_date, o.fee_fen, o.cost_fen,
        o.bucket, o.txn_type, COALESCE(t.file_id, b.file_id), COALESCE(t.line_no, b.line_no), t.batch_no,
        COALESCE(t.stan, b.stan), COALESCE(t.rrn, b.rrn), COALESCE(t.auth_code, b.auth_code), COALESCE(t.card_no, b.card_no),
        t.card_kind, COALESCE(t.txn_time, b.transmission_time), COALESCE(t.orig_stan, b.orig_stan), t.orig_rrn,
        t.orig_txn_date, b.orig_txn_time, b.mti, b.processing_code, b.reversed, b.cancelled, b.merchant_name,
        b.acquirer_cost_fen, COALESCE(b.network_fee_fen, p.network_fee_fen)
    FROM recon_outcome o
    LEFT JOIN terminal_txn t ON o.side = 'TERMINAL' AND t.txn_id = o.txn_id
    LEFT JOIN bank_txn b ON o.side = 'BANK' AND b.txn_id = o.txn_id
    LEFT JOIN bank_txn p ON o.side = 'TERMINAL' AND o.outcome IN ('MATCHED', 'MATCHED_LATE') AND p.txn_id = o.counterpart_id;
DROP TABLE recon_outcome;
DROP TABLE terminal_txn;
DROP TABLE bank_txn;
ALTER TABLE recon_outcome_v25 RENAME TO recon_outcome;
-- What settle adds up, per merchant and bucket of a run, summed by reconcile (MerchantTally); a run reconciled before
-- this version and not yet settled gets its rows from its outcomes here.
CREATE TABLE merchant_tally (
    business_date   DATE          NOT NULL,
    run_no          INTEGER       NOT NULL,
    bucket          INTEGER       NOT NULL,
    merchant_id     VARCHAR(15)   NOT NULL,
    sales_count     ${bigint}     NOT NULL,
    sales_fen       ${bigint}     NOT NULL,
    refunds_count   ${bigint}     NOT NULL,
    refunds_fen     ${bigint}     NOT NULL,
    fees_fen        ${bigint}     NOT NULL,
    margin_fen      ${bigint}     NOT NULL,
    PRIMARY KEY (business_date, bucket, run_no, merchant_id)
);
INSERT INTO merchant_tally SELECT o.business_date, o.run_no, o.bucket, o.merchant_id,
        SUM(CASE WHEN o.outcome IN ('MATCHED', 'MATCHED_LATE') AND o.txn_type <> 'REFUND' THEN 1 ELSE 0 END),
        SUM(CASE WHEN o.outcome IN ('MATCHED', 'MATCHED_LATE') AND o.txn_type <> 'REFUND' THEN o.amount_fen ELSE 0 END),
        SUM(CASE WHEN o.outcome IN ('MATCHED', 'MATCHED_LATE') AND o.txn_type = 'REFUND' THEN 1 ELSE 0 END),
        SUM(CASE WHEN o.outcome IN ('MATCHED', 'MATCHED_LATE') AND o.txn_type = 'REFUND' THEN o.amount_fen ELSE 0 END),
        SUM(o.fee_fen), SUM(o.fee_fen - o.cost_fen)
    FROM recon_outcome o JOIN settlement_run r ON r.business_date = o.business_date AND r.run_no = o.run_no
    WHERE o.side = 'TERMINAL' AND r.status <> 'COMPLETED'
    GROUP BY o.business_date, o.run_no, o.bucket, o.merchant_id;
-- Records and amounts per side, outcome, match key and input file of each bucket of a run (OutcomeTally): every
-- run's totals, counted once here for the runs before this version.
CREATE TABLE outcome_tally (
    business_date   DATE          NOT NULL,
    run_no          INTEGER       NOT NULL,
    bucket          INTEGER       NOT NULL,
    side            VARCHAR(8)    NOT NULL,
    outcome         VARCHAR(20)   NOT NULL,
    matched_by      VARCHAR(10)   NOT NULL,
    file_id         ${bigint}     NOT NULL,
    records         ${bigint}     NOT NULL,
    amount_fen      ${bigint}     NOT NULL,
    PRIMARY KEY (business_date, bucket, run_no, side, outcome, matched_by, file_id)
);
INSERT INTO outcome_tally SELECT business_date, run_no, bucket, side, outcome, COALESCE(matched_by, 'NONE'),
        COALESCE(file_id, 0), COUNT(*), SUM(amount_fen)
    FROM recon_outcome GROUP BY business_date, run_no, bucket, side, outcome, COALESCE(matched_by, 'NONE'), COALESCE(file_id, 0);
