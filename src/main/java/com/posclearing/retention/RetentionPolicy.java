package com.posclearing.retention;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.ConfigFiles;
import com.posclearing.support.StrictYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * {@code retention.yaml}: how many days after its business date each kind is kept. Every kind must be named (a
 * forgotten one would silently keep or purge by a default) and unknown keys are refused with file, line and key.
 */
public record RetentionPolicy(@JsonProperty(required = true) Keep inputs, @JsonProperty(required = true) Keep spills,
        @JsonProperty(required = true) Keep outputs, @JsonProperty(required = true) Keep records) {
    public static final String FILE = "retention.yaml";
    /** A hundred years: beyond that a date would overflow nothing, but it is surely a typo. */
    static final int MAX_KEEP_DAYS = 36_500;

    /** @param keepDays days after the business date; D goes once {@code D + keepDays} is before the as-of day */
    public record Keep(@JsonProperty(required = true) Integer keepDays) {
        public Keep {
            if (keepDays == null || keepDays < 1 || keepDays > MAX_KEEP_DAYS) {
                throw new IllegalArgumentException("keepDays must be 1.." + MAX_KEEP_DAYS + ", got " + keepDays);
            }
        }
    }

    public static RetentionPolicy read(ConfigFiles config) {
        try (InputStream in = config.open(FILE)) {
            return read(in, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE + " of " + config.describe(), e);
        }
    }

    public static RetentionPolicy read(InputStream in, String source) {
        return StrictYaml.read(in, RetentionPolicy.class, source);
    }

    public int keepDays(RetentionKind kind) {
        return switch (kind) {
            case INPUTS -> inputs.keepDays();
            case SPILLS -> spills.keepDays();
            case OUTPUTS -> outputs.keepDays();
            case RECORDS -> records.keepDays();
        };
    }

    /** The latest business date of {@code kind} past policy on {@code asOf}: it and every date before it may go. */
    public BusinessDate lastPurgeable(RetentionKind kind, LocalDate asOf) {
        return new BusinessDate(asOf.minusDays(keepDays(kind) + 1L));
    }

    /** e.g. {@code inputs 400, spills 7, outputs 400, records 400 days}, for the audit log. */
    public String describe() {
        return "keepDays: inputs " + inputs.keepDays() + ", spills " + spills.keepDays() + ", outputs " + outputs.keepDays()
                + ", records " + records.keepDays();
    }
}
