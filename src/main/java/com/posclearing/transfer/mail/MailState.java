package com.posclearing.transfer.mail;

/** The life of a statement mail in the {@code mail_delivery} table. */
public enum MailState {
    /** Recorded with its Message-ID before the first attempt; not yet accepted by the SMTP server. */
    PENDING,
    /** Accepted by the SMTP server. Never sent again. */
    SENT,
    /** Never sent: a rerun changed the statement first, and the changed one is mailed instead. */
    SUPERSEDED
}
