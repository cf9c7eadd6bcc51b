package com.posclearing.refdata;

import java.util.Locale;

/**
 * How a merchant or agent receives its statements (SPEC 3.5): the {@code delivery} column of {@code merchants.csv} and
 * {@code agents.csv}, written in lower case; empty means {@code sftp}.
 */
public enum StatementDelivery {
    /** To the SFTP folder of its merchant group. */
    SFTP,
    /** To the e-mail address of its row, the statement files attached. */
    EMAIL,
    /** Both. */
    BOTH;

    public boolean bySftp() {
        return this != EMAIL;
    }

    public boolean byEmail() {
        return this != SFTP;
    }

    /** The word written in the files. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
