-- Each record is written once, after it is decided (issue 13): its outcome row carries the record's own fields, so
-- ingest writes no per-record row and nothing joins back to one. A terminal record's own date is origin_date, a bank
-- record's is business_date; txn_time is a bank record's transmission time; network_fee_fen of a settled terminal
-- record is the fee its bank record states. The rows loaded before this version move into their outcomes, then
-- terminal_txn and bank_txn go.
ALTER TABLE recon_outcome ADD file_id ${bigint};
ALTER TABLE recon_outcome ADD line_no ${bigint};
ALTER TABLE recon_outcome ADD batch_no VARCHAR(6);
ALTER TABLE recon_outcome ADD stan VARCHAR(6);
ALTER TABLE recon_outcome ADD rrn VARCHAR(12);
ALTER TABLE recon_outcome ADD auth_code VARCHAR(6);
ALTER TABLE recon_outcome ADD card_no VARCHAR(19);
ALTER TABLE recon_outcome ADD card_kind VARCHAR(8);
ALTER TABLE recon_outcome ADD txn_time TIMESTAMP;
ALTER TABLE recon_outcome ADD orig_stan VARCHAR(6);
ALTER TABLE recon_outcome ADD orig_rrn VARCHAR(12);
ALTER TABLE recon_outcome ADD orig_txn_date DATE;
ALTER TABLE recon_outcome ADD orig_txn_time TIMESTAMP;
ALTER TABLE recon_outcome ADD mti VARCHAR(4);
ALTER TABLE recon_outcome ADD processing_code VARCHAR(6);
ALTER TABLE recon_outcome ADD reversed CHAR(1);
ALTER TABLE recon_outcome ADD cancelled CHAR(1);
ALTER TABLE recon_outcome ADD merchant_name VARCHAR(100);
ALTER TABLE recon_outcome ADD acquirer_cost_fen ${bigint};
ALTER TABLE recon_outcome ADD network_fee_fen ${bigint};
UPDATE recon_outcome SET (file_id, line_no, batch_no, stan, rrn, auth_code, card_no, card_kind, txn_time, orig_stan,
        orig_rrn, orig_txn_date) = (SELECT t.file_id, t.line_no, t.batch_no, t.stan, t.rrn, t.auth_code, t.card_no,
        t.card_kind, t.txn_time, t.orig_stan, t.orig_rrn, t.orig_txn_date FROM terminal_txn t
        WHERE t.txn_id = recon_outcome.txn_id)
    WHERE side = 'TERMINAL';
UPDATE recon_outcome SET (file_id, line_no, stan, rrn, auth_code, card_no, txn_time, orig_stan, orig_txn_time, mti,
        processing_code, reversed, cancelled, merchant_name, acquirer_cost_fen, network_fee_fen) = (SELECT b.file_id,
        b.line_no, b.stan, b.rrn, b.auth_code, b.card_no, b.transmission_time, b.orig_stan, b.orig_txn_time, b.mti,
        b.processing_code, b.reversed, b.cancelled, b.merchant_name, b.acquirer_cost_fen, b.network_fee_fen
        FROM bank_txn b WHERE b.txn_id = recon_outcome.txn_id)
    WHERE side = 'BANK';
-- a settled terminal record's row repeats the fee its bank record states (Outcome.isSettled), for FEE_MISMATCH
UPDATE recon_outcome SET network_fee_fen = (SELECT b.network_fee_fen FROM bank_txn b
        WHERE b.txn_id = recon_outcome.counterpart_id)
    WHERE side = 'TERMINAL' AND outcome IN ('MATCHED', 'MATCHED_LATE');
DROP TABLE terminal_txn;
DROP TABLE bank_txn;
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
-- a bucket's rows of any run of a date: the look-back's keys and a refund's sale are found without the run number
DROP INDEX recon_outcome_bucket;
CREATE INDEX recon_outcome_bucket ON recon_outcome (business_date, bucket, run_no);
