package com.posclearing.ingest.internal;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.InvalidValueException;
import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.kernel.TxnType;
import com.posclearing.layout.RawRecord;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;

/**
 * The generic mapper: canonical field names → kernel records, whatever layout the record came from. This is what lets
 * a new bank format be a layout file only (SPEC 2.3). Absent optional ids become null, absent texts "".
 */
public final class TxnMapper {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /** Kernel field names that differ from the canonical layout names. */
    private static final Map<String, String> CANONICAL = Map.of("amount", "amountFen", "acquirerFeePayable", "acquirerCostFen");

    private TxnMapper() {
    }

    public static TerminalTxn terminal(RawRecord r, String fileName, BusinessDate businessDate) {
        Map<String, String> v = r.values();
        TxnType type = TxnType.valueOf(need(v, "txnType"));
        boolean hasOrig = type == TxnType.VOID || type == TxnType.REFUND;
        for (String orig : new String[] {"origStan", "origRrn", "origTxnDate"}) {
            if (hasOrig && v.get(orig) == null) {
                throw new LineRejectedException(orig, "is required for " + type, "");
            }
            if (!hasOrig && v.get(orig) != null) {
                throw new LineRejectedException(orig, "must be empty for " + type, v.get(orig));
            }
        }
        return kernel(v, () -> new TerminalTxn(0, fileName, r.lineNo(), businessDate,
                MerchantId.of(need(v, "merchantId")), TerminalId.of(need(v, "terminalId")), need(v, "batchNo"),
                Stan.of(need(v, "stan")), Rrn.of(need(v, "rrn")), v.getOrDefault("authCode", ""), type,
                MaskedCard.of(need(v, "cardNo")), CardKind.valueOf(need(v, "cardKind")),
                Long.parseLong(need(v, "amountFen")), LocalDateTime.parse(need(v, "txnTime"), DATETIME),
                opt(v, "origStan", Stan::of), opt(v, "origRrn", Rrn::of),
                opt(v, "origTxnDate", d -> LocalDate.parse(d, DATE))));
    }

    public static BankTxn bank(RawRecord r, String fileName, BusinessDate clearingDate) {
        Map<String, String> v = r.values();
        LocalDate cd = clearingDate.value();
        String[] mtiPc = messageType(v);
        return kernel(v, () -> new BankTxn(0, fileName, r.lineNo(), clearingDate, Stan.of(need(v, "stan")),
                time(cd, v, "transmissionTime"), MaskedCard.of(need(v, "cardNo")), Long.parseLong(need(v, "amountFen")),
                mtiPc[0], mtiPc[1], TerminalId.of(need(v, "terminalId")), MerchantId.of(need(v, "merchantId")),
                opt(v, "rrn", Rrn::of), v.getOrDefault("authCode", ""), opt(v, "origStan", Stan::of),
                v.get("origTxnTime") == null ? null : time(cd, v, "origTxnTime"),
                "true".equals(v.get("reversed")), "true".equals(v.get("cancelled")), v.getOrDefault("merchantName", ""),
                Long.parseLong(v.getOrDefault("acquirerCostFen", "0")),
                v.get("merchantFeeFen") == null ? null : Math.abs(Long.parseLong(v.get("merchantFeeFen")))));
    }

    /** MTI and processing code as given (ACOMA), or derived from a canonical txnType (ZM has no MTI). */
    private static String[] messageType(Map<String, String> v) {
        String mti = v.get("mti");
        String pc = v.get("processingCode");
        if (mti == null && pc == null && v.get("txnType") != null) {
            return switch (TxnType.valueOf(v.get("txnType"))) {
                case SALE, PREAUTH_COMPLETE -> new String[] {"0200", "000000"};
                case VOID -> new String[] {"0200", "200000"};
                case REFUND -> new String[] {"0220", "200000"};
            };
        }
        need(v, "mti");
        need(v, "processingCode");
        if ("0220".equals(mti) && "000000".equals(pc)) {
            throw new LineRejectedException("processingCode", "000000 with MTI 0220 is no known transaction", pc);
        }
        return new String[] {mti, pc};
    }

    private static LocalDateTime time(LocalDate clearingDate, Map<String, String> v, String field) {
        try {
            String value = need(v, field);
            // a layout giving the full date-time (type datetime) needs no year from the clearing date
            return value.length() == 14 ? LocalDateTime.parse(value, DATETIME) : MonthDays.resolveDateTime(clearingDate, value);
        } catch (DateTimeException e) {
            throw new LineRejectedException(field, e.getMessage(), v.get(field));
        }
    }

    private static String need(Map<String, String> v, String field) {
        String value = v.get(field);
        if (value == null) {
            throw new LineRejectedException(field, "is missing", "");
        }
        return value;
    }

    private static <T> T opt(Map<String, String> v, String field, Function<String, T> parse) {
        String value = v.get(field);
        return value == null ? null : parse.apply(value);
    }

    /** Turns a kernel type's refusal into a line reject naming the field; card values are never echoed. */
    private static <T> T kernel(Map<String, String> v, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            String field = CANONICAL.getOrDefault(e.field(), e.field());
            String shown = "cardNo".equals(field) ? "" : v.getOrDefault(field, "");
            String prefix = e.field() + ": ";
            String reason = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
            throw new LineRejectedException(field, reason, shown);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new LineRejectedException("record", e.getMessage(), "");
        }
    }
}
