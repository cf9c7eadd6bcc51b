package com.posclearing.settlement.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The job's tables, one small store each, over one JdbcTemplate (one DataSource and one transaction manager). */
@Component
public class Stores {
    private final FileRegistry files;
    private final TxnStore txns;
    private final RunRegistry runs;
    private final OutcomeStore outcomes;
    private final SettlementStore settlement;

    Stores(JdbcTemplate jdbc) {
        BulkInsert bulk = BulkInsert.of(jdbc);
        this.files = new FileRegistry(jdbc);
        this.txns = new TxnStore(jdbc, bulk);
        this.runs = new RunRegistry(jdbc);
        this.outcomes = new OutcomeStore(jdbc, bulk);
        this.settlement = new SettlementStore(jdbc, bulk);
    }

    FileRegistry files() {
        return files;
    }

    TxnStore txns() {
        return txns;
    }

    public RunRegistry runs() {
        return runs;
    }

    OutcomeStore outcomes() {
        return outcomes;
    }

    SettlementStore settlement() {
        return settlement;
    }
}
