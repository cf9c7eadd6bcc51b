package com.posclearing.reconcile;

import static com.posclearing.reconcile.Results.D;
import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.Side;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.kernel.TxnType;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property-style: a seeded random mix drawn from small pools (so keys collide, voids find or miss sales, rows are
 * flagged) must still decide every record exactly once, close counts and amounts per side, pair symmetrically,
 * and give the same decisions when partitioned by terminal.
 */
class ClosureTest {
    private static final String[] TERMINALS = {"T0000001", "T0000002", "T0000003", "T0000009"};
    private static final TerminalValidator REJECT_T9 = t -> t.terminalId().value().equals("T0000009")
            ? Optional.of(Reason.UNKNOWN_TERMINAL) : Optional.empty();
    private static final Reconciler RECONCILER = new Reconciler(2, REJECT_T9, History.NONE);

    private record Mix(List<TerminalTxn> ofD, List<TerminalTxn> pending, List<BankTxn> bank) {
    }

    private static Mix mix(long seed) {
        Random random = new Random(seed);
        List<TerminalTxn> ofD = new ArrayList<>();
        List<TerminalTxn> pending = new ArrayList<>();
        List<BankTxn> bank = new ArrayList<>();
        for (int id = 1; id <= 300; id++) {
            int age = random.nextInt(4) == 0 ? 1 + random.nextInt(4) : 0;
            TxnType type = TxnType.values()[random.nextInt(10) < 6 ? 0 : random.nextInt(4)];
            Txns.TerminalBuilder t = Txns.terminal(id).date(D.plusDays(-age)).terminal(pick(random, TERMINALS))
                    .rrn(String.format("R%011d", random.nextInt(120))).stan(String.format("%06d", random.nextInt(40)))
                    .time(LocalDateTime.of(D.plusDays(-age).value().getYear(), 12, 31 - age, 10, 0, random.nextInt(3)))
                    .amount(random.nextInt(5) == 0 ? 2000 : 1000).type(type);
            if (type == TxnType.VOID) {
                t.voids(String.format("%06d", random.nextInt(40)), null);
            }
            TerminalTxn txn = t.build();
            (age == 0 ? ofD : pending).add(txn);
            if (random.nextInt(10) < 7) {
                Txns.BankBuilder b = Txns.bankFor(1000 + id, txn, D).refund(random.nextInt(12) == 0)
                        .amount(random.nextInt(15) == 0 ? 999 : txn.amountFen());
                switch (random.nextInt(20)) {
                    case 0 -> b.reversed();
                    case 1 -> b.cancelled();
                    case 2 -> b.voidRow(txn.stan().value());
                    case 3 -> b.rrn(String.format("X%011d", id));
                    case 4 -> b.merchant("102100000000009");
                    default -> { }
                }
                bank.add(b.build());
            }
            if (random.nextInt(15) == 0) {
                bank.add(Txns.bank(5000 + id).terminal(pick(random, TERMINALS)).build());
            }
        }
        return new Mix(ofD, pending, bank);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void everyRecordEndsInExactlyOneOutcomeAndTheSidesClose(long seed) {
        Mix mix = mix(seed);

        ReconcileResult result = RECONCILER.reconcile(D, mix.ofD(), mix.pending(), mix.bank());

        List<Long> terminalIds = new ArrayList<>();
        mix.pending().forEach(t -> terminalIds.add(t.id()));
        mix.ofD().forEach(t -> terminalIds.add(t.id()));
        assertThat(result.decisions(Side.TERMINAL)).extracting(Decision::recordId).containsExactlyElementsOf(terminalIds);
        assertThat(result.decisions(Side.BANK)).extracting(Decision::recordId)
                .containsExactlyElementsOf(mix.bank().stream().map(BankTxn::id).toList());
        long terminalFen = mix.ofD().stream().mapToLong(TerminalTxn::amountFen).sum() + mix.pending().stream().mapToLong(TerminalTxn::amountFen).sum();
        long bankFen = mix.bank().stream().mapToLong(BankTxn::amountFen).sum();
        assertThat(result.input(Side.TERMINAL)).isEqualTo(new Tally(terminalIds.size(), terminalFen));
        assertThat(result.input(Side.BANK)).isEqualTo(new Tally(mix.bank().size(), bankFen));
        for (Side side : Side.values()) {
            Tally sum = result.outcomes(side).values().stream().reduce(Tally.ZERO, Tally::plus);
            assertThat(sum).as("%s outcomes", side).isEqualTo(result.input(side));
        }
        // A rich mix: most outcomes occur, so the closure is tested over real variety.
        assertThat(result.outcomes(Side.TERMINAL).keySet()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(result.outcomes(Side.BANK).keySet()).hasSizeGreaterThanOrEqualTo(7);
        assertPairsAreSymmetric(result);
    }

    private static void assertPairsAreSymmetric(ReconcileResult result) {
        Map<Long, Decision> bankById = result.decisions(Side.BANK).stream()
                .collect(Collectors.toMap(Decision::recordId, d -> d));
        for (Decision t : result.decisions(Side.TERMINAL)) {
            if (t.matchedBy() == MatchedBy.NONE) {
                continue;
            }
            Decision b = bankById.get(t.counterpartId());
            assertThat(b.counterpartId()).isEqualTo(t.recordId());
            assertThat(b.outcome()).isEqualTo(t.outcome());
            assertThat(b.matchedBy()).isEqualTo(t.matchedBy());
            if (t.outcome().isSettled()) {
                assertThat(b.amountFen()).isEqualTo(t.amountFen());
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 2026})
    void partitionsByTerminalGiveTheSameDecisionsAsTheWhole(long seed) {
        Mix mix = mix(seed);
        ReconcileResult whole = RECONCILER.reconcile(D, mix.ofD(), mix.pending(), mix.bank());

        Map<Integer, Mix> parts = new HashMap<>();
        for (int p = 0; p < 3; p++) {
            int part = p;
            parts.put(p, new Mix(
                    mix.ofD().stream().filter(t -> partition(t.terminalId().value()) == part).toList(),
                    mix.pending().stream().filter(t -> partition(t.terminalId().value()) == part).toList(),
                    mix.bank().stream().filter(b -> partition(b.terminalId().value()) == part).toList()));
        }
        ReconcileResult merged = ReconcileResult.merge(D, parts.values().stream()
                .map(m -> RECONCILER.reconcile(D, m.ofD(), m.pending(), m.bank())).toList());

        assertThat(merged.decisions()).containsExactlyInAnyOrderElementsOf(whole.decisions());
        for (Side side : Side.values()) {
            assertThat(merged.input(side)).isEqualTo(whole.input(side));
            assertThat(merged.outcomes(side)).isEqualTo(whole.outcomes(side));
        }
    }

    private static int partition(String terminalId) {
        return Math.floorMod(terminalId.hashCode(), 3);
    }
}
