package com.posclearing.refdata.internal;

import static com.posclearing.refdata.ReferenceData.AGENTS_FILE;
import static com.posclearing.refdata.ReferenceData.AGENT_RATES_FILE;
import static com.posclearing.refdata.ReferenceData.CALENDAR_FILE;
import static com.posclearing.refdata.ReferenceData.FEE_PLANS_FILE;
import static com.posclearing.refdata.ReferenceData.MERCHANTS_FILE;
import static com.posclearing.refdata.ReferenceData.TERMINALS_FILE;

import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.TerminalId;
import com.posclearing.refdata.DayKind;
import com.posclearing.refdata.FeePlanRow;
import com.posclearing.refdata.Merchant;
import com.posclearing.refdata.MerchantStatus;
import com.posclearing.refdata.RefundFee;
import com.posclearing.refdata.ReferenceData;
import com.posclearing.refdata.SettlementCycle;
import com.posclearing.refdata.StatementDelivery;
import com.posclearing.refdata.Terminal;
import com.posclearing.refdata.TerminalStatus;
import com.posclearing.refdata.WorkingCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the reference files of SPEC 2.4 and the agents' of SPEC 3.5, row by row, rejecting the first bad row with its
 * file and line.
 */
public final class ReferenceDataLoader {
    static final List<String> MERCHANTS_HEADER = List.of("merchant_id", "name", "mcc", "fee_plan", "settlement_cycle",
            "account_no", "account_name", "bank_code", "status", "email");
    static final List<String> TERMINALS_HEADER = List.of("terminal_id", "merchant_id", "status");
    static final List<String> FEE_PLANS_HEADER = List.of("plan_id", "card_kind", "rate_percent", "cap_fen", "min_fen",
            "fixed_fen", "refund_fee");
    static final List<String> CALENDAR_HEADER = List.of("date", "kind");
    /** The optional last column of {@code merchants.csv} and {@code agents.csv} (SPEC 3.5). */
    static final String DELIVERY = "delivery";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReferenceDataLoader() {
    }

    public static ReferenceData load(ConfigFiles files) {
        List<FeePlanRow> plans = feePlans(CsvTable.read(files, FEE_PLANS_FILE, FEE_PLANS_HEADER));
        AgentTables agents = new AgentTables(CsvTable.read(files, AGENTS_FILE, AgentTables.AGENTS_HEADER, List.of(DELIVERY)),
                CsvTable.read(files, AGENT_RATES_FILE, AgentTables.AGENT_RATES_HEADER));
        List<Merchant> merchants = merchants(CsvTable.read(files, MERCHANTS_FILE, MERCHANTS_HEADER,
                List.of(AgentTables.AGENT_ID, DELIVERY)), plans, agents);
        Set<MerchantId> merchantIds = new HashSet<>();
        merchants.forEach(m -> merchantIds.add(m.id()));
        List<Terminal> terminals = terminals(CsvTable.read(files, TERMINALS_FILE, TERMINALS_HEADER), merchantIds);
        WorkingCalendar calendar = calendar(CsvTable.read(files, CALENDAR_FILE, CALENDAR_HEADER));
        return new ReferenceData(merchants, terminals, plans, calendar, agents.network());
    }

    static List<FeePlanRow> feePlans(List<CsvRow> rows) {
        Map<String, CsvRow> seen = new HashMap<>();
        List<FeePlanRow> plans = new ArrayList<>();
        for (CsvRow row : rows) {
            String planId = row.matching("plan_id", "[A-Za-z0-9_-]{1,32}", "1 to 32 letters, digits, _ or -");
            CardKind kind = row.enumValue("card_kind", CardKind.class);
            CsvRow earlier = seen.put(planId + "/" + kind, row);
            if (earlier != null) {
                throw row.reject("card_kind", "plan " + planId + " already has a " + kind + " row on line " + earlier.lineNo());
            }
            var cap = row.optionalFen("cap_fen");
            var min = row.optionalFen("min_fen");
            if (cap.isPresent() && min.isPresent() && min.getAsLong() > cap.getAsLong()) {
                throw row.reject("min_fen", "minimum " + min.getAsLong() + " is above the cap " + cap.getAsLong());
            }
            var rate = row.decimal("rate_percent");
            if (rate.compareTo(HUNDRED) > 0) {
                throw row.reject("rate_percent", "a percentage above 100: " + rate.toPlainString());
            }
            plans.add(new FeePlanRow(planId, kind, rate, cap, min, row.optionalFen("fixed_fen"),
                    row.enumValue("refund_fee", RefundFee.class)));
        }
        return plans;
    }

    static List<Merchant> merchants(List<CsvRow> rows, List<FeePlanRow> plans, AgentTables agents) {
        Set<String> planIds = new HashSet<>();
        plans.forEach(p -> planIds.add(p.planId()));
        Map<MerchantId, CsvRow> seen = new HashMap<>();
        List<Merchant> merchants = new ArrayList<>();
        for (CsvRow row : rows) {
            MerchantId id = row.value("merchant_id", MerchantId::of);
            CsvRow earlier = seen.put(id, row);
            if (earlier != null) {
                throw row.reject("merchant_id", "merchant " + id + " already defined on line " + earlier.lineNo());
            }
            String plan = row.required("fee_plan");
            if (!planIds.contains(plan)) {
                throw row.reject("fee_plan", "unknown fee plan '" + plan + "' (not in " + FEE_PLANS_FILE + ")");
            }
            String email = email(row);
            agents.merchant(id, row, plan, AgentTables.kindsOf(plan, plans));
            merchants.add(new Merchant(id,
                    row.required("name"),
                    row.matching("mcc", "\\d{4}", "4 digits"),
                    plan,
                    row.enumValue("settlement_cycle", SettlementCycle.class),
                    accountNo(row),
                    row.printable("account_name"),
                    bankCode(row),
                    row.enumValue("status", MerchantStatus.class),
                    email,
                    delivery(row, email)));
        }
        return merchants;
    }

    static String email(CsvRow row) {
        String email = row.text("email");
        if (!email.isEmpty() && !email.matches("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+")) {
            throw row.reject("email", "expected an e-mail address or nothing, got '" + email + "'");
        }
        return email;
    }

    /** {@code sftp}, {@code email} or {@code both}; empty (or the column absent) is {@code sftp}. */
    static StatementDelivery delivery(CsvRow row, String email) {
        String v = row.optionalText(DELIVERY);
        if (v.isEmpty()) {
            return StatementDelivery.SFTP;
        }
        for (StatementDelivery d : StatementDelivery.values()) {
            if (d.word().equals(v)) {
                if (d.byEmail() && email.isEmpty()) {
                    throw row.reject(DELIVERY, v + " sends statements by e-mail, but the email column is empty; fill it in"
                            + " or write sftp");
                }
                return d;
            }
        }
        throw row.reject(DELIVERY, "expected sftp, email or both (empty is sftp), got '" + v + "'");
    }

    static String bankCode(CsvRow row) {
        return row.matching("bank_code", "[0-9A-Za-z]{1,20}", "1 to 20 letters or digits");
    }

    /** Never echoes the value: an account number is as sensitive in a log as a card number. */
    static String accountNo(CsvRow row) {
        String v = row.required("account_no");
        if (!v.matches("\\d{4,34}")) {
            throw row.reject("account_no", "expected 4 to 34 digits (" + v.length() + " characters given, value not shown)");
        }
        return v;
    }

    static List<Terminal> terminals(List<CsvRow> rows, Set<MerchantId> merchantIds) {
        Map<TerminalId, CsvRow> seen = new HashMap<>();
        List<Terminal> terminals = new ArrayList<>();
        for (CsvRow row : rows) {
            TerminalId id = row.value("terminal_id", TerminalId::of);
            CsvRow earlier = seen.put(id, row);
            if (earlier != null) {
                throw row.reject("terminal_id", "terminal " + id + " already defined on line " + earlier.lineNo());
            }
            MerchantId merchant = row.value("merchant_id", MerchantId::of);
            if (!merchantIds.contains(merchant)) {
                throw row.reject("merchant_id", "unknown merchant " + merchant + " (not in " + MERCHANTS_FILE + ")");
            }
            terminals.add(new Terminal(id, merchant, row.enumValue("status", TerminalStatus.class)));
        }
        return terminals;
    }

    static WorkingCalendar calendar(List<CsvRow> rows) {
        Map<LocalDate, DayKind> days = new LinkedHashMap<>();
        Map<LocalDate, CsvRow> seen = new HashMap<>();
        for (CsvRow row : rows) {
            String text = row.matching("date", "\\d{4}-\\d{2}-\\d{2}", "yyyy-MM-dd");
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw row.reject("date", "no such date '" + text + "'");
            }
            CsvRow earlier = seen.put(date, row);
            if (earlier != null) {
                throw row.reject("date", date + " already listed on line " + earlier.lineNo());
            }
            days.put(date, row.enumValue("kind", DayKind.class));
        }
        return new WorkingCalendar(days);
    }
}
