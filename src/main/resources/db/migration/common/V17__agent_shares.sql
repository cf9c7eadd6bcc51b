-- Agent profit sharing (SPEC 3.5). agent_share: one business date's accrual per agent, merchant, card kind and entry
-- (SALE, CLAWBACK, ADJUSTMENT); agent_day: the date's totals and its invariant. Keyed by date, not run: a rerun
-- replaces the date's accrual (run_no says which run wrote it), so a month's sum never counts a date twice.
CREATE TABLE agent_share (
    business_date   DATE          NOT NULL,
    run_no          INTEGER       NOT NULL,
    agent_id        VARCHAR(32)   NOT NULL,
    merchant_id     VARCHAR(15)   NOT NULL,
    card_kind       VARCHAR(8)    NOT NULL,
    entry           VARCHAR(12)   NOT NULL,
    level_no        INTEGER       NOT NULL,
    txn_count       ${bigint}     NOT NULL,
    amount_fen      ${bigint}     NOT NULL,
    fee_fen         ${bigint}     NOT NULL,
    cost_fen        ${bigint}     NOT NULL,
    share_fen       ${bigint}     NOT NULL,
    inverted_count  ${bigint}     NOT NULL,
    inverted_fen    ${bigint}     NOT NULL,
    PRIMARY KEY (business_date, agent_id, merchant_id, card_kind, entry)
);

CREATE TABLE agent_day (
    business_date     DATE        NOT NULL PRIMARY KEY,
    run_no            INTEGER     NOT NULL,
    txn_count         ${bigint}   NOT NULL,
    merchant_fees_fen ${bigint}   NOT NULL,
    agent_shares_fen  ${bigint}   NOT NULL,
    acquirer_keep_fen ${bigint}   NOT NULL,
    network_cost_fen  ${bigint}   NOT NULL,
    balanced          CHAR(1)     NOT NULL
);
