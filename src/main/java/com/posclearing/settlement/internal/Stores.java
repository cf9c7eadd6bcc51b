package com.posclearing.settlement.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** The job's tables, one small store each, over one JdbcTemplate (one DataSource and one transaction manager). */
@Component
public class Stores {
    private final FileRegistry files;
    private final TxnStore txns;
    private final RunRegistry runs;
    private final OutcomeStore outcomes;
    private final SettlementStore settlement;

    Stores(JdbcTemplate jdbc, PlatformTransactionManager tm) {
        BulkInsert bulk = BulkInsert.of(jdbc);
        IdCounter ids = new IdCounter(jdbc, tm);
        this.files = new FileRegistry(jdbc, ids);
        this.txns = new TxnStore(jdbc, bulk);
        this.runs = new RunRegistry(jdbc);
        this.outcomes = new OutcomeStore(jdbc, bulk);
        this.settlement = new SettlementStore(jdbc, bulk, ids);
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
