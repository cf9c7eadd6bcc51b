-- A bank layout without RRN (UnionPay's merchant file ZM) matches on the fallback key (terminal, STAN, time):
-- its rows and the breaks they raise carry no RRN. network_fee_fen: the merchant fee a bank file states (ACOMA
-- field 44, ZM field 16, a QR bill's fee), compared with the computed fee for the FEE_MISMATCH report only.
ALTER TABLE bank_txn ALTER COLUMN rrn DROP NOT NULL;
ALTER TABLE break_record ALTER COLUMN rrn DROP NOT NULL;
ALTER TABLE bank_txn ADD COLUMN network_fee_fen BIGINT;
