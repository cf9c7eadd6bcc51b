package com.posclearing.ingest.batch;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.support.ClearingProperties;
import com.posclearing.transfer.LandingArea;
import java.nio.file.Path;

/**
 * Where a run's files live: {@code landing/{date}} for the inputs of D, then the transfer package's
 * {@link LandingArea} lifecycle (archive/{date} | quarantine/{date} with the reason beside the file, folders 0700).
 */
public final class Folders {
    private final Path data;
    private final LandingArea area;

    public Folders(ClearingProperties props) {
        this.data = props.dataDir();
        this.area = new LandingArea(props.dataDir());
    }

    public Path landing(BusinessDate d) {
        return data.resolve("landing").resolve(d.compact());
    }

    /** Bucket files of the records loaded for D (see {@link TxnSpill}): a cache, deleted once D is reconciled. */
    public Path spill(BusinessDate d) {
        return data.resolve("work").resolve(d.compact()).resolve("spill");
    }

    /**
     * Statement lines of run N of D by merchant partition and reconcile bucket (see {@link LineSpill}): a cache,
     * deleted with the statements.
     */
    public Path lines(BusinessDate d, int runNo) {
        return data.resolve("work").resolve(d.compact()).resolve("run-" + runNo).resolve("lines");
    }

    /**
     * The duplicate look-back's keys of run N of D, one file per reconcile bucket: a cache of recon_outcome's keys,
     * kept as long as D's record rows (retention "records").
     */
    public Path keys(BusinessDate d, int runNo) {
        return data.resolve("keys").resolve(d.compact()).resolve("run-" + runNo);
    }

    public Path archive(BusinessDate d) {
        return area.archiveFolder(d);
    }

    Path quarantine(BusinessDate d) {
        return area.quarantineFolder(d);
    }

    public void archive(Path file, BusinessDate d) {
        area.archive(file, d);
    }

    void quarantine(Path file, BusinessDate d, String reason) {
        area.quarantine(file, d, reason);
    }
}
