-- What the transfer package records of each verified delivery, besides name, target and SHA-256: the size sent and
-- the remote path it was renamed to. One column per statement: portable to H2, PostgreSQL and Oracle.
ALTER TABLE delivery ADD size_bytes ${bigint} DEFAULT 0 NOT NULL;
ALTER TABLE delivery ADD remote_path VARCHAR(500) DEFAULT '-' NOT NULL;
CREATE INDEX delivery_date ON delivery (business_date);
