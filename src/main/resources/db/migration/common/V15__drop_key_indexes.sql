-- The earlier-date duplicate check reads each earlier date's keys of a bucket in bulk by (business_date, bucket)
-- instead of probing (terminal_id, rrn) per record; no other query looks records up by key. Keeping these indexes
-- cost most of the insert time of the millions of rows a night loads: their keys arrive in random order.
DROP INDEX terminal_txn_key;
DROP INDEX bank_txn_key;
