package com.posclearing.resolution;

import com.posclearing.fees.FeeCalculator;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.InvalidValueException;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.TxnType;
import com.posclearing.refdata.ReferenceData;
import com.posclearing.resolution.internal.BreakStore;
import com.posclearing.resolution.internal.BreakWorkbook;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Breaks as records and their resolution (SPEC 3.4). This service only loads, asks {@link Break} for the next state and
 * stores it with its event, each command in one transaction; the nightly run records the breaks it finds
 * ({@link #recordRun}) and applies approved resolutions ({@link #applyApproved}) inside its settle step's transaction.
 */
@Service
public class BreakService {
    private final BreakStore store;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final long writeOffLimitFen;
    private final int flagAgeDays;

    BreakService(JdbcTemplate jdbc, PlatformTransactionManager tm, ObjectProvider<Clock> clock,
            @Value("${clearing.write-off-approval-above-fen:10000}") long writeOffLimitFen,
            @Value("${clearing.break-flag-age-days:3}") int flagAgeDays) {
        this.store = new BreakStore(jdbc);
        this.tx = new TransactionTemplate(tm);
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
        this.writeOffLimitFen = writeOffLimitFen;
        this.flagAgeDays = flagAgeDays;
    }

    /**
     * Makes break_record agree with run N of D: new breaks OPEN; breaks found again keep their state; a live break the
     * run no longer finds (a late file filled the gap) is closed {@code RESOLVED_BY_RERUN}, never deleted. Idempotent,
     * so a restart or rerun of the same inputs changes nothing.
     */
    public void recordRun(BusinessDate d, int runNo) {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<BreakId, Break> known = store.list(Optional.of(d), Optional.empty()).stream()
                .collect(Collectors.toMap(Break::id, Function.identity()));
        List<Break> found = store.found(d, runNo, now);
        List<Break> fresh = new ArrayList<>();
        List<Break> again = new ArrayList<>();
        for (Break b : found) {
            (known.remove(b.id()) == null ? fresh : again).add(b);
        }
        String actor = "run " + runNo + " of " + d;
        store.insert(fresh, actor, now);
        store.refound(again);
        for (Break gone : known.values()) {
            if (gone.state().isLive()) {
                Break closed = new Break(gone.id(), gone.businessDate(), gone.outcome(), gone.side(), gone.merchantId(),
                        gone.terminalId(), gone.rrn(), gone.stan(), gone.txnType(), gone.cardKind(), gone.txnDate(),
                        gone.terminalFen(), gone.bankFen(), gone.foundRun(), BreakState.RESOLVED_BY_RERUN, gone.action(),
                        gone.pairId(), gone.proposedBy(), gone.approvedBy(), gone.reason(), gone.targetDate(), gone.appliedDate(),
                        gone.foundAt());
                store.transition(gone, closed, actor, "not found by run " + runNo, now);
            }
        }
    }

    /**
     * Applies every approved resolution due on D (its target date D or earlier): marks it APPLIED on D and returns the
     * adjustments of those that move money, to be stored by the caller in the same transaction — so a crash applies
     * all or none, and a rerun of D finds them APPLIED and adds nothing.
     */
    public List<ResolutionAdjustment> applyApproved(BusinessDate d, ReferenceData ref) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<ResolutionAdjustment> out = new ArrayList<>();
        for (Break b : store.approvedUpTo(d)) {
            Break applied = b.applied(d.value());
            if (!store.transition(b, applied, "settlement of " + d, "applied on " + d, now)) {
                throw new IllegalStateException(b.id() + " changed while " + d + " was settled; restart the run");
            }
            long grossFen = b.settledFen();
            if (grossFen != 0) {
                out.add(adjustment(b, grossFen, ref));
            }
        }
        return out;
    }

    private static ResolutionAdjustment adjustment(Break b, long grossFen, ReferenceData ref) {
        // a bank-only record has no card kind (ACOMA does not carry it): the merchant's DEBIT row prices it
        CardKind kind = b.cardKind() == null ? CardKind.DEBIT : CardKind.valueOf(b.cardKind());
        long feeFen = b.txnType() == TxnType.VOID ? 0
                : FeeCalculator.merchantFee(ref.feePlanOf(b.merchantId(), kind), b.txnType(), grossFen);
        long signedFen = b.txnType().isDebitToCardholder() ? grossFen : -grossFen;
        String settledAs = b.action() == BreakAction.PAIR ? Outcome.MATCHED_MANUAL.name() : b.action().name();
        return new ResolutionAdjustment(b.id(), b.merchantId(), signedFen - feeFen, feeFen, settledAs + " " + b.id()
                + ": " + b.txnType() + " of " + b.txnDate() + " RRN " + b.rrn() + " terminal " + b.terminalId(), b.approvedBy());
    }

    /**
     * The acquirer's gain (+) or loss (−) per merchant of the TERMINAL_WINS applied on D: the bank's amount less the
     * terminal's, part of D's margin (SPEC 3.4). Read from the breaks, so a rerun or restart of D counts it again.
     */
    public Map<MerchantId, Long> marginAppliedOn(BusinessDate d) {
        Map<MerchantId, Long> out = new TreeMap<>();
        for (Break b : store.appliedOn(d.value())) {
            if (b.action() == BreakAction.TERMINAL_WINS) {
                out.merge(b.merchantId(), b.gainLossFen(), Long::sum);
            }
        }
        return out;
    }

    public List<Break> list(Optional<BusinessDate> d, Optional<BreakState> state) {
        return store.list(d, state);
    }

    public List<BreakEvent> history(Optional<BusinessDate> d) {
        return store.history(d);
    }

    /** The newest {@code limit} transitions of all breaks, newest first. */
    public List<BreakEvent> latestEvents(int limit) {
        return store.latest(limit);
    }

    /** The transitions made on a calendar day. */
    public List<BreakEvent> eventsOn(LocalDate day) {
        return store.eventsOn(day);
    }

    public long ageDays(Break b) {
        return b.ageDays(LocalDate.now(clock));
    }

    public boolean overAge(Break b) {
        return b.state().isLive() && ageDays(b) > flagAgeDays;
    }

    /** A maker proposes; a PAIR moves its partner along with it. */
    public Break propose(BreakId id, BreakAction action, Optional<BreakId> pair, String reason, String user) {
        return tx.execute(s -> proposeInTx(id, action, pair, reason, user));
    }

    private Break proposeInTx(BreakId id, BreakAction action, Optional<BreakId> pair, String reason, String user) {
        Break b = load(id);
        Break partner = pair.map(this::load).orElse(null);
        Break next = b.propose(action, partner, reason, user, writeOffLimitFen)
                .targeting(store.firstUnsettled(b.businessDate().value().plusDays(1)));
        store(b, next, user, reason);
        if (partner != null) {
            store(partner, partner.pairedWith(next), user, reason);
        }
        return next;
    }

    /** A checker approves; the adjustment goes into the first business date not yet settled. */
    public Break approve(BreakId id, String user) {
        return tx.execute(s -> {
            Break b = load(id);
            LocalDate target = store.firstUnsettled(b.businessDate().value().plusDays(1));
            Break next = b.approve(user, target);
            store(b, next, user, "approved");
            if (b.pairId() != null) {
                Break partner = load(b.pairId());
                store(partner, partner.approve(user, target), user, "approved with " + id);
            }
            return next;
        });
    }

    /** A checker refuses: back to OPEN, with the reason. */
    public Break refuse(BreakId id, String reason, String user) {
        return tx.execute(s -> {
            Break b = load(id);
            Break next = b.refuse(user, reason);
            store(b, next, user, reason);
            if (b.pairId() != null) {
                Break partner = load(b.pairId());
                store(partner, partner.refuse(user, reason), user, reason);
            }
            return next;
        });
    }

    /** Writes the workbook of D's open breaks; returns how many rows it has. */
    public int export(BusinessDate d, Path file) {
        List<Break> open = store.list(Optional.of(d), Optional.of(BreakState.OPEN));
        BreakWorkbook.write(file, open, b -> BreakWorkbook.fingerprint(b, store.events(b.id())));
        return open.size();
    }

    /** Proposes every filled row of an exported workbook in one transaction, or none; returns how many. */
    public int importProposals(Path file, String user) {
        return tx.execute(s -> {
            Map<BreakId, Break> current = store.list(Optional.empty(), Optional.empty()).stream()
                    .collect(Collectors.toMap(Break::id, Function.identity()));
            List<BreakWorkbook.Proposal> rows = BreakWorkbook.read(file, current,
                    b -> BreakWorkbook.fingerprint(b, store.events(b.id())));
            rows.forEach(p -> proposeInTx(p.id(), p.action(), Optional.empty(), p.reason(), user));
            return rows.size();
        });
    }

    /** The report's view of the live breaks: counts and amounts by state and age bucket (SPEC 3.4's age flag). */
    public List<BreakAgeRow> breakAges() {
        Map<String, long[]> sums = new TreeMap<>();
        Map<String, Boolean> flags = new HashMap<>();
        for (Break b : store.live()) {
            long age = ageDays(b);
            String bucket = age <= 1 ? "0-1" : age <= 3 ? "2-3" : age <= 7 ? "4-7" : "8+";
            String key = b.state().ordinal() + "|" + b.state() + "|" + bucket;
            long[] s = sums.computeIfAbsent(key, k -> new long[2]);
            s[0]++;
            s[1] += b.amountFen();
            flags.merge(key, overAge(b), Boolean::logicalOr);
        }
        return sums.entrySet().stream().map(e -> {
            String[] k = e.getKey().split("\\|");
            return new BreakAgeRow(BreakState.valueOf(k[1]), k[2], e.getValue()[0], e.getValue()[1], flags.get(e.getKey()));
        }).toList();
    }

    /** Resolutions decided (the event that made them APPROVED) on a date, for the report. */
    public List<ResolutionRow> resolutionsDecidedOn(LocalDate day) {
        List<ResolutionRow> out = new ArrayList<>();
        for (BreakEvent e : store.eventsOn(day)) {
            if (e.to() == BreakState.APPROVED) {
                Break b = load(e.breakId());
                out.add(new ResolutionRow(b.id(), b.action(), b.proposedBy(),
                        b.approvedBy() == null ? b.proposedBy() : b.approvedBy(), e.at(), b.reason(), b.settledFen(),
                        b.gainLossFen()));
            }
        }
        return out;
    }

    private Break load(BreakId id) {
        return store.get(id).orElseThrow(() -> new InvalidValueException(id.value(),
                "no such break; see ops/settle breaks list"));
    }

    private void store(Break before, Break after, String user, String reason) {
        if (!store.transition(before, after, user, reason, LocalDateTime.now(clock))) {
            throw new InvalidValueException(before.id().value(), "was changed by someone else meanwhile; list it again");
        }
    }
}
