package com.posclearing.transfer.mail;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One statement to mail: whose, of which period, written by which run, to which address, with which files attached
 * (their bytes exactly; every file as {@code application/octet-stream}, so no mail system rewrites line ends).
 *
 * @param party   who it is for, as recorded: {@code merchant:{merchantId}} or {@code agent:{agentId}}
 * @param name    the merchant's or agent's name, for the subject
 * @param period  the statement's period: {@code yyyy-MM-dd} for a daily statement, {@code yyyy-MM} for a month
 * @param runNo   the run of that period that wrote the files (named in a correction)
 * @param address the e-mail address of the party's row in merchants.csv or agents.csv
 */
public record StatementMail(String party, String name, String period, int runNo, String address, List<Path> files) {

    public StatementMail {
        require(party != null && party.matches("(merchant|agent):[A-Za-z0-9_-]{1,32}"), "party",
                "expected merchant:ID or agent:ID, got '" + party + "'");
        require(name != null && !name.isBlank(), "name", "missing");
        require(period != null && period.matches("\\d{4}-\\d{2}(-\\d{2})?"), "period",
                "expected yyyy-MM-dd or yyyy-MM, got '" + period + "'");
        require(runNo >= 1, "runNo", "expected 1 or more, got " + runNo);
        require(address != null && address.matches("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+"), "address",
                "expected an e-mail address, got '" + address + "'");
        files = List.copyOf(Objects.requireNonNull(files, "files"));
        require(!files.isEmpty(), "files", "a statement mail needs at least one file");
    }

    public static StatementMail ofMerchant(String merchantId, String name, String businessDate, int runNo, String address,
                                           List<Path> files) {
        return new StatementMail("merchant:" + merchantId, name, businessDate, runNo, address, files);
    }

    public static StatementMail ofAgent(String agentId, String name, String month, int runNo, String address,
                                        List<Path> files) {
        return new StatementMail("agent:" + agentId, name, month, runNo, address, files);
    }

    /** The id part of {@link #party()}. */
    public String partyId() {
        return party.substring(party.indexOf(':') + 1);
    }

    private static void require(boolean ok, String field, String reason) {
        if (!ok) {
            throw new IllegalArgumentException("statement mail " + field + ": " + reason);
        }
    }
}
