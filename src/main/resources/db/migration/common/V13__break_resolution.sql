-- Breaks as records (SPEC 3.4): one row per break, its state and its resolution; break_event is the append-only
-- history of its transitions (who, when, from, to, why). A break keeps its id (BRK-...) across reruns and restarts.
CREATE TABLE break_record (
    break_id       VARCHAR(60)   NOT NULL PRIMARY KEY,
    business_date  DATE          NOT NULL,
    outcome        VARCHAR(20)   NOT NULL,
    side           VARCHAR(8)    NOT NULL,
    merchant_id    VARCHAR(15)   NOT NULL,
    terminal_id    VARCHAR(8)    NOT NULL,
    rrn            VARCHAR(12)   NOT NULL,
    stan           VARCHAR(6)    NOT NULL,
    txn_type       VARCHAR(16)   NOT NULL,
    card_kind      VARCHAR(8),
    txn_date       DATE          NOT NULL,
    terminal_fen   ${bigint}     NOT NULL,
    bank_fen       ${bigint}     NOT NULL,
    found_run      INTEGER       NOT NULL,
    found_at       TIMESTAMP     NOT NULL,
    state          VARCHAR(20)   NOT NULL,
    action_code    VARCHAR(16),
    pair_id        VARCHAR(60),
    proposed_by    VARCHAR(100),
    approved_by    VARCHAR(100),
    reason_text    VARCHAR(1000),
    target_date    DATE,
    applied_date   DATE,
    events         INTEGER       NOT NULL
);
CREATE INDEX break_record_date ON break_record (business_date);
CREATE INDEX break_record_state ON break_record (state, target_date);

CREATE TABLE break_event (
    break_id    VARCHAR(60)   NOT NULL,
    seq_no      INTEGER       NOT NULL,
    at_time     TIMESTAMP     NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    from_state  VARCHAR(20),
    to_state    VARCHAR(20)   NOT NULL,
    action_code VARCHAR(16),
    reason_text VARCHAR(1000),
    PRIMARY KEY (break_id, seq_no)
);

-- A resolution's adjustment names its break, so a statement line can name the original transaction.
ALTER TABLE adjustment ADD break_id VARCHAR(60);
ALTER TABLE adjustment ADD fee_fen ${bigint};
