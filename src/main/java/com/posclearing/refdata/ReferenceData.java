package com.posclearing.refdata;

import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.InputRejectedException;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.TerminalId;
import com.posclearing.refdata.internal.ReferenceDataLoader;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Merchants, terminals, fee plans and the working calendar of one run, read once and immutable. */
public final class ReferenceData {
    public static final String MERCHANTS_FILE = "merchants.csv";
    public static final String TERMINALS_FILE = "terminals.csv";
    public static final String FEE_PLANS_FILE = "fee-plans.csv";
    public static final String CALENDAR_FILE = "calendar.csv";
    public static final String AGENTS_FILE = "agents.csv";
    public static final String AGENT_RATES_FILE = "agent-rates.csv";

    private final Map<MerchantId, Merchant> merchants = new TreeMap<>();
    private final Map<TerminalId, Terminal> terminals = new TreeMap<>();
    private final Map<String, Map<CardKind, FeePlanRow>> feePlans = new HashMap<>();
    private final WorkingCalendar calendar;
    private final AgentNetwork agents;

    /** Reference data without agents. */
    public ReferenceData(Collection<Merchant> merchants, Collection<Terminal> terminals,
            Collection<FeePlanRow> feePlanRows, WorkingCalendar calendar) {
        this(merchants, terminals, feePlanRows, calendar, AgentNetwork.NONE);
    }

    /**
     * Builds reference data from already valid rows; a duplicate or dangling reference is a programming error here
     * ({@link #load} reports such rows with their file and line).
     */
    public ReferenceData(Collection<Merchant> merchants, Collection<Terminal> terminals,
            Collection<FeePlanRow> feePlanRows, WorkingCalendar calendar, AgentNetwork agents) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.agents = Objects.requireNonNull(agents, "agents");
        for (FeePlanRow row : feePlanRows) {
            if (feePlans.computeIfAbsent(row.planId(), k -> new EnumMap<>(CardKind.class)).put(row.cardKind(), row) != null) {
                throw new IllegalArgumentException("duplicate fee plan row " + row.planId() + "/" + row.cardKind());
            }
        }
        for (Merchant m : merchants) {
            if (!feePlans.containsKey(m.feePlan())) {
                throw new IllegalArgumentException("merchant " + m.id() + " refers to unknown fee plan " + m.feePlan());
            }
            if (this.merchants.put(m.id(), m) != null) {
                throw new IllegalArgumentException("duplicate merchant " + m.id());
            }
        }
        for (Terminal t : terminals) {
            if (!this.merchants.containsKey(t.merchantId())) {
                throw new IllegalArgumentException("terminal " + t.id() + " refers to unknown merchant " + t.merchantId());
            }
            if (this.terminals.put(t.id(), t) != null) {
                throw new IllegalArgumentException("duplicate terminal " + t.id());
            }
        }
    }

    /**
     * Reads {@code merchants.csv}, {@code terminals.csv}, {@code fee-plans.csv}, {@code calendar.csv}, {@code
     * agents.csv} and {@code agent-rates.csv} of the config folder (or the built-in defaults).
     *
     * @throws InputRejectedException naming the file, line, column and reason of the first bad row
     */
    public static ReferenceData load(ConfigFiles files) {
        return ReferenceDataLoader.load(files);
    }

    public Optional<Merchant> merchant(MerchantId id) {
        return Optional.ofNullable(merchants.get(id));
    }

    public Optional<Terminal> terminal(TerminalId id) {
        return Optional.ofNullable(terminals.get(id));
    }

    public Optional<FeePlanRow> findFeePlan(String planId, CardKind kind) {
        return Optional.ofNullable(feePlans.getOrDefault(planId, Map.of()).get(kind));
    }

    /**
     * The plan row for a card kind. A plan may lack a card kind (the merchant does not accept such cards); a
     * transaction of that kind then stops the fee step here with a message saying what to add.
     */
    public FeePlanRow feePlan(String planId, CardKind kind) {
        return findFeePlan(planId, kind).orElseThrow(() -> new InputRejectedException(FEE_PLANS_FILE, 0, "card_kind",
                "fee plan " + planId + " has no " + kind + " row; add one to settle " + kind + " card transactions"));
    }

    /** The fee plan row of a merchant's plan for a card kind; the error names the merchant too. */
    public FeePlanRow feePlanOf(MerchantId merchantId, CardKind kind) {
        Merchant m = merchant(merchantId).orElseThrow(() -> new IllegalArgumentException(
                "merchant " + merchantId + " is not in " + MERCHANTS_FILE));
        return findFeePlan(m.feePlan(), kind).orElseThrow(() -> new InputRejectedException(FEE_PLANS_FILE, 0, "card_kind",
                "fee plan " + m.feePlan() + " of merchant " + merchantId + " has no " + kind
                        + " row; add one to settle its " + kind + " card transactions"));
    }

    /** All merchants, ordered by id. */
    public List<Merchant> merchants() {
        return List.copyOf(merchants.values());
    }

    /** All terminals, ordered by id. */
    public List<Terminal> terminals() {
        return List.copyOf(terminals.values());
    }

    /** Plan id → card kind → row, ordered by plan id. */
    public Map<String, Map<CardKind, FeePlanRow>> feePlans() {
        Map<String, Map<CardKind, FeePlanRow>> copy = new TreeMap<>();
        feePlans.forEach((id, rows) -> copy.put(id, Collections.unmodifiableMap(new EnumMap<>(rows))));
        return Collections.unmodifiableMap(copy);
    }

    /** The agents and which merchant each brought in (SPEC 3.5). */
    public AgentNetwork agents() {
        return agents;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public TerminalCheck terminalCheck() {
        return new TerminalCheck(this);
    }
}
