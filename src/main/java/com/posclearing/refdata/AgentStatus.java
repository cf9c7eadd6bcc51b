package com.posclearing.refdata;

/** Whether an agent is paid its monthly share (ACTIVE) or its share is held (FROZEN); shares accrue either way. */
public enum AgentStatus {
    ACTIVE, FROZEN
}
