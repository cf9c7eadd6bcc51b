package com.posclearing.job;

/** Another process holds the run lock of this (job, business date): the second comer exits with this message. */
public class DateBusyException extends RuntimeException {
    public DateBusyException(String message) {
        super(message);
    }
}
