-- (business_date, bucket) and (clearing_date, bucket) serve every query the date-only indexes served: one index
-- less to maintain for each of the millions of rows a night inserts.
DROP INDEX terminal_txn_date;
DROP INDEX bank_txn_date;
