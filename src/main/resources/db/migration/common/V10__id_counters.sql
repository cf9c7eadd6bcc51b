-- Ids of audit_log, input_file and adjustment come from one counter row each, taken with UPDATE in a transaction of
-- its own (IdCounter): MAX(id) + 1 gave two concurrent writers the same id. Sequences cannot start after the rows an
-- installation already has in portable SQL; a counter row starts at MAX(id) here.
CREATE TABLE id_counter (
    counter_name VARCHAR(30) NOT NULL PRIMARY KEY,
    last_id      ${bigint}   NOT NULL
);
INSERT INTO id_counter (counter_name, last_id) SELECT 'audit_log', COALESCE(MAX(audit_id), 0) FROM audit_log;
INSERT INTO id_counter (counter_name, last_id) SELECT 'input_file', COALESCE(MAX(file_id), 0) FROM input_file;
INSERT INTO id_counter (counter_name, last_id) SELECT 'adjustment', COALESCE(MAX(adjustment_id), 0) FROM adjustment;

-- A run of D holds D's lock and D-1's (so D-1 cannot be rerun under it): the row says which date's run holds it.
ALTER TABLE run_lock ADD running_date DATE;
