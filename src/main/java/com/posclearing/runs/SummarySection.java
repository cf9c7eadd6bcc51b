package com.posclearing.runs;

import com.posclearing.support.batch.RunParams;

/**
 * A member that a capability adds to a run's {@code summary.json} after the members of SPEC 4 (e.g. {@code agents}),
 * so the summary can grow without the run lifecycle knowing each capability. Serialized with Jackson.
 */
public interface SummarySection {
    /** The member's name, unique among the sections. */
    String name();

    /** The member's value for the run, or null to leave it out (the capability has nothing for this run). */
    Object of(RunParams run);
}
