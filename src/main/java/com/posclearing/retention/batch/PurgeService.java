package com.posclearing.retention.batch;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.RunStatus;
import com.posclearing.retention.RetentionKind;
import com.posclearing.retention.RetentionPolicy;
import com.posclearing.runs.RunLock;
import com.posclearing.support.AuditLog;
import com.posclearing.support.ClearingProperties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Purges what {@code retention.yaml} no longer keeps, as of a day. A date is touched only when its latest run COMPLETED
 * and its run lock is free; the purge holds that lock while it removes, so no run of the date starts meanwhile. Record
 * rows also stay while anything may still read them (see {@link #stillNeeded}). Every purge is audited: a row when
 * it starts, one per kind (what, how many, which dates, what was kept and why) and one when it ends.
 */
@Service
public class PurgeService {
    /** The name of the scheduled job in {@code jobs/purge.yaml}. */
    public static final String JOB_NAME = "purge";
    private static final Logger LOG = LoggerFactory.getLogger(PurgeService.class);
    private final ClearingProperties props;
    private final PurgeStore store;
    private final RunLock lock;
    private final AuditLog audit;

    PurgeService(ClearingProperties props, JdbcTemplate jdbc, PlatformTransactionManager tm, AuditLog audit) {
        this.props = props;
        this.store = new PurgeStore(jdbc, tm);
        this.lock = new RunLock(jdbc);
        this.audit = audit;
    }

    public PurgeReport purge(LocalDate asOf, boolean dryRun, String operator) {
        RetentionPolicy policy = RetentionPolicy.read(new ConfigFiles(props.configDir()));
        String args = "--as-of " + asOf + (dryRun ? " --dry-run" : "");
        audit.record(operator, JOB_NAME, args, policy.describe(), "started");
        try {
            List<PurgeReport.Kind> kinds = new ArrayList<>();
            for (RetentionKind kind : RetentionKind.values()) {
                PurgeReport.Kind k = purge(kind, policy.lastPurgeable(kind, asOf), asOf, dryRun, operator);
                audit.record(operator, JOB_NAME, args + " " + kind.key(), policy.describe(), k.describe(dryRun));
                LOG.info("purge as of {}{}: {}", asOf, dryRun ? " (dry run)" : "", k.describe(dryRun));
                kinds.add(k);
            }
            PurgeReport report = new PurgeReport(asOf, dryRun, kinds);
            audit.record(operator, JOB_NAME, args, policy.describe(), "exit 0: " + (dryRun ? "would remove " : "removed ")
                    + report.items() + " items");
            return report;
        } catch (RuntimeException e) {
            audit.record(operator, JOB_NAME, args, policy.describe(), "failed: " + e.getMessage());
            throw e;
        }
    }

    private PurgeReport.Kind purge(RetentionKind kind, BusinessDate last, LocalDate asOf, boolean dryRun, String operator) {
        DateFolders folders = folders(kind);
        List<BusinessDate> candidates = kind == RetentionKind.RECORDS ? store.recordDates(last) : folders.dates(last);
        SortedMap<BusinessDate, String> kept = new TreeMap<>();
        for (BusinessDate d : candidates) {
            unfinished(d).ifPresent(why -> kept.put(d, why));
        }
        if (kind == RetentionKind.RECORDS) {
            stillNeeded(candidates, kept);
        }
        List<BusinessDate> purged = new ArrayList<>();
        long items = 0;
        for (BusinessDate d : candidates) {
            if (kept.containsKey(d)) {
                continue;
            }
            if (dryRun) {
                Optional<String> holder = lock.liveHolder(RunLock.SETTLEMENT_JOB, d);
                if (holder.isPresent()) {
                    kept.put(d, "its run lock is held by " + holder.get());
                    continue;
                }
                items += kind == RetentionKind.RECORDS ? store.recordRows(d) : folders.count(d);
                purged.add(d);
                continue;
            }
            Optional<RunLock.Holder> holder = lock.tryAcquire(RunLock.SETTLEMENT_JOB, d, d);
            if (holder.isPresent()) {
                kept.put(d, "its run lock is held by " + holder.get().owner());
                continue;
            }
            try {
                // looked at again under the lock: a rerun may have started between the first look and the lock
                Optional<String> why = unfinished(d);
                if (why.isPresent()) {
                    kept.put(d, why.get());
                    continue;
                }
                items += remove(kind, folders, d, asOf, operator);
                purged.add(d);
            } finally {
                lock.release(RunLock.SETTLEMENT_JOB, d);
            }
        }
        return new PurgeReport.Kind(kind, last, List.copyOf(purged), items, kept);
    }

    private long remove(RetentionKind kind, DateFolders folders, BusinessDate d, LocalDate asOf, String operator) {
        if (kind == RetentionKind.RECORDS) {
            long rows = store.removeRecords(d, asOf, operator);
            folders.remove(d); // the look-back's keys of D's rows (data/keys/{D}), a cache of them
            return rows;
        }
        long files = folders.remove(d);
        store.mark(kind, d, files, asOf, operator);
        return files;
    }

    private Optional<String> unfinished(BusinessDate d) {
        Optional<RunStatus> status = store.latestStatus(d);
        if (status.isEmpty()) {
            return Optional.of("it has no run");
        }
        return status.get().settled() ? Optional.empty() : Optional.of("its latest run is " + status.get());
    }

    /**
     * Record rows of D stay while the next night's duplicate look-back (or carry window) reaches D, while D has live
     * breaks or undelivered payouts (an operator may still need the records, or a rerun of D), and while a later date that
     * keeps its rows names D's records (pending items carried on, matched late): that date's rerun and reports read them.
     */
    private void stillNeeded(List<BusinessDate> candidates, SortedMap<BusinessDate, String> kept) {
        int windowDays = Math.max(props.duplicateLookbackDays(), props.carryWindowDays());
        Optional<BusinessDate> latest = store.latestCompletedDate();
        for (BusinessDate d : candidates) {
            if (kept.containsKey(d)) {
                continue;
            }
            if (latest.isPresent() && d.compareTo(latest.get().plusDays(-windowDays)) >= 0) {
                kept.put(d, "within the " + windowDays + "-day duplicate look-back of " + latest.get() + ", the latest settled date");
                continue;
            }
            long breaks = store.liveBreaks(d);
            long payouts = store.undeliveredPayouts(d);
            if (breaks > 0) {
                kept.put(d, breaks + " live breaks");
            } else if (payouts > 0) {
                kept.put(d, payouts + " payouts not delivered");
            }
        }
        // a date kept makes the earlier dates it names stay too; repeated until nothing more changes
        boolean changed = true;
        while (changed) {
            changed = false;
            for (BusinessDate d : candidates) {
                if (kept.containsKey(d)) {
                    continue;
                }
                Optional<BusinessDate> user = store.datesNaming(d).stream()
                        .filter(later -> !candidates.contains(later) || kept.containsKey(later)).findFirst();
                if (user.isPresent()) {
                    kept.put(d, "its records are named by " + user.get() + ", whose rows stay");
                    changed = true;
                }
            }
        }
    }

    private DateFolders folders(RetentionKind kind) {
        return switch (kind) {
            case INPUTS -> new DateFolders(List.of(props.dataDir().resolve("archive"), props.dataDir().resolve("quarantine")),
                    Optional.empty());
            case SPILLS -> new DateFolders(List.of(props.dataDir().resolve("work")), Optional.empty());
            case OUTPUTS -> new DateFolders(List.of(props.outDir()), Optional.of("payouts"));
            case RECORDS -> new DateFolders(List.of(props.dataDir().resolve("keys")), Optional.empty());
        };
    }
}
