package com.posclearing.resolution;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.InvalidValueException;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TxnType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One break and its resolution (SPEC 3.4). The maker-checker rule lives here and only here: {@link #propose},
 * {@link #approve} and {@link #refuse} return the break in its next state or refuse with a sentence (exit 2).
 *
 * @param side         TERMINAL, BANK, or BOTH for a matched pair that disagrees
 * @param txnDate      the date of the original transaction (the statement's adjustment line names it)
 * @param terminalFen  the terminal record's amount, 0 when there is none
 * @param bankFen      the bank record's amount, 0 when there is none
 * @param foundRun     the run of {@code businessDate} that last found it
 * @param action       the decision, null while OPEN
 * @param pairId       for PAIR, the MISSING_AT_TERMINAL (or MISSING_AT_BANK) it is paired with
 * @param targetDate   set at approval: the first business date not yet settled, where its adjustment goes
 * @param appliedDate  the date whose settlement applied it
 */
public record Break(BreakId id, BusinessDate businessDate, Outcome outcome, String side, MerchantId merchantId,
        TerminalId terminalId, String rrn, String stan, TxnType txnType, String cardKind, LocalDate txnDate, long terminalFen,
        long bankFen, int foundRun, BreakState state, BreakAction action, BreakId pairId, String proposedBy, String approvedBy,
        String reason, LocalDate targetDate, LocalDate appliedDate, LocalDateTime foundAt) {

    public Break {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        if (!outcome.isBreak()) {
            throw new IllegalArgumentException(id + ": " + outcome + " is not a break");
        }
    }

    /** A maker's proposal. A write-off of at most {@code writeOffLimitFen} needs no checker: it is approved at once. */
    public Break propose(BreakAction proposed, Break partner, String why, String maker, long writeOffLimitFen) {
        requireState(BreakState.OPEN, "proposed");
        requireReason(why);
        if (!proposed.allowedFor(outcome)) {
            throw refused(proposed + " is not allowed for a " + outcome + " break; allowed: "
                    + BreakAction.forOutcome(outcome));
        }
        if (proposed == BreakAction.PAIR) {
            checkPartner(partner);
        } else if (partner != null) {
            throw refused("--pair is only for PAIR");
        }
        boolean needsChecker = proposed.movesMoney() || Math.abs(amountFen()) > writeOffLimitFen;
        BreakState next = needsChecker ? BreakState.PROPOSED : BreakState.APPROVED;
        return with(next, proposed, partner == null ? null : partner.id, maker, null, why, null);
    }

    /** A write-off {@link #propose} approved at once goes, like any approval, into the first date not yet settled. */
    public Break targeting(LocalDate firstUnsettled) {
        return state == BreakState.APPROVED && targetDate == null
                ? with(state, action, pairId, proposedBy, approvedBy, reason, firstUnsettled) : this;
    }

    /** The partner's side of a PAIR proposal: same state, same maker, pointing back. */
    public Break pairedWith(Break proposal) {
        return with(proposal.state, BreakAction.PAIR, proposal.id, proposal.proposedBy, proposal.approvedBy, proposal.reason,
                proposal.targetDate);
    }

    /** A checker's approval; its adjustment goes into {@code firstUnsettled}, the first business date not yet settled. */
    public Break approve(String checker, LocalDate firstUnsettled) {
        requireState(BreakState.PROPOSED, "approved");
        if (checker.equals(proposedBy)) {
            throw refused("was proposed by " + checker + ", who may not approve it too; another user must approve it"
                    + " (--user NAME)");
        }
        return with(BreakState.APPROVED, action, pairId, proposedBy, checker, reason, firstUnsettled);
    }

    /** A checker's refusal: back to OPEN, the proposal forgotten (the audit keeps it). */
    public Break refuse(String checker, String why) {
        requireState(BreakState.PROPOSED, "refused");
        requireReason(why);
        return with(BreakState.OPEN, null, null, null, null, null, null);
    }

    /** Applied by the settlement of {@code date}. */
    public Break applied(LocalDate date) {
        if (!state.canBecome(BreakState.APPLIED)) {
            throw new IllegalStateException(id + " is " + state + ", cannot be applied");
        }
        return new Break(id, businessDate, outcome, side, merchantId, terminalId, rrn, stan, txnType, cardKind, txnDate,
                terminalFen, bankFen, foundRun, BreakState.APPLIED, action, pairId, proposedBy, approvedBy, reason, targetDate,
                date, foundAt);
    }

    /** The amount the break is about: the bank's for a bank-only record, else the terminal's. */
    public long amountFen() {
        return "BANK".equals(side) ? bankFen : terminalFen;
    }

    /** Gross amount its resolution settles to the merchant (before the fee), 0 when nothing is settled. */
    public long settledFen() {
        if (action == null) {
            return 0;
        }
        return switch (action) {
            case BANK_WINS -> bankFen;
            case TERMINAL_WINS, PAIR -> outcome == Outcome.MISSING_AT_TERMINAL ? 0 : terminalFen;
            case WRITE_OFF -> 0;
        };
    }

    /**
     * What the acquirer gains (positive) or loses (negative) by the resolution: what the bank cleared minus what the
     * merchant is settled — for a write-off, the bank's amount minus the terminal's.
     */
    public long gainLossFen() {
        if (action == null) {
            return 0;
        }
        return switch (action) {
            case WRITE_OFF -> bankFen - terminalFen;
            case TERMINAL_WINS -> bankFen - terminalFen;
            case BANK_WINS, PAIR -> 0;
        };
    }

    public long ageDays(LocalDate today) {
        return Math.max(0, today.toEpochDay() - businessDate.value().toEpochDay());
    }

    private void checkPartner(Break partner) {
        if (partner == null) {
            throw refused("PAIR needs --pair ID of a MISSING_AT_TERMINAL break");
        }
        if (partner.outcome != Outcome.MISSING_AT_TERMINAL) {
            throw refused("PAIR needs a MISSING_AT_TERMINAL break, but " + partner.id + " is " + partner.outcome);
        }
        if (!partner.merchantId.equals(merchantId)) {
            throw refused("PAIR needs a break of the same merchant, but " + partner.id + " is of " + partner.merchantId
                    + " and this one of " + merchantId);
        }
        if (partner.state != BreakState.OPEN) {
            throw refused("its pair " + partner.id + " is already " + partner.state);
        }
        if (partner.bankFen != terminalFen) {
            throw refused("the amounts differ (terminal " + terminalFen + " fen, bank " + partner.bankFen + " fen of "
                    + partner.id + "): PAIR needs equal amounts; use TERMINAL_WINS or WRITE_OFF");
        }
    }

    private void requireState(BreakState expected, String verb) {
        if (state != expected) {
            throw refused("is " + state + " and cannot be " + verb + " (it must be " + expected + "); see ops/settle breaks list");
        }
    }

    private void requireReason(String why) {
        if (why == null || why.isBlank()) {
            throw refused("a reason is required (--reason TEXT)");
        }
    }

    private InvalidValueException refused(String sentence) {
        return new InvalidValueException(id.value(), sentence);
    }

    private Break with(BreakState next, BreakAction a, BreakId pair, String maker, String checker, String why, LocalDate target) {
        return new Break(id, businessDate, outcome, side, merchantId, terminalId, rrn, stan, txnType, cardKind, txnDate,
                terminalFen, bankFen, foundRun, next, a, pair, maker, checker, why, target, appliedDate, foundAt);
    }
}
