-- What retention purged (README "Retention"): one row per kind and business date, written in the transaction that
-- removes the rows (records) or right after the folders went (files). A rerun of D is refused once D's inputs or
-- record rows are gone, or those of a date in its duplicate look-back: it would settle without them.
CREATE TABLE retention_purge (
    kind           VARCHAR(20)   NOT NULL,
    business_date  DATE          NOT NULL,
    items          ${bigint}     NOT NULL,
    as_of          DATE          NOT NULL,
    purged_at      TIMESTAMP     NOT NULL,
    operator       VARCHAR(100)  NOT NULL,
    PRIMARY KEY (kind, business_date)
);
