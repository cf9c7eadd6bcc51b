-- Records are partitioned by terminal (SPEC 3.1 keys all include the terminal id): reconciliation works one bucket
-- at a time, so memory is bounded and a restart continues with the bucket it stopped in. The outcome carries the
-- transaction type so settlement sums without a join.
ALTER TABLE terminal_txn ADD bucket INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE bank_txn ADD bucket INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE recon_outcome ADD bucket INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE recon_outcome ADD txn_type VARCHAR(16);
CREATE INDEX terminal_txn_bucket ON terminal_txn (business_date, bucket);
CREATE INDEX bank_txn_bucket ON bank_txn (clearing_date, bucket);
CREATE INDEX recon_outcome_bucket ON recon_outcome (business_date, run_no, bucket);
