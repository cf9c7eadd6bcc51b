package com.posclearing.workers;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One message on the queue: run attempt {@code attempt} of the worker step execution {@code stepExecutionId} of step
 * {@code stepName} (the step bean a worker looks up by name). JSON, so a message is readable in the broker's console.
 */
record PartitionRequest(String stepName, long stepExecutionId, int attempt) {
    private static final ObjectMapper JSON = new ObjectMapper();

    byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PartitionRequest fromJson(byte[] body) {
        try {
            return JSON.readValue(body, PartitionRequest.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a partition request: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return stepName + " (step execution " + stepExecutionId + ", attempt " + attempt + ")";
    }
}
