package com.posclearing.report.internal;

import com.posclearing.kernel.Yuan;
import com.posclearing.report.BreakLine;
import com.posclearing.report.BreakReason;
import com.posclearing.report.TxnKey;
import com.posclearing.support.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A break's reason as one sentence in the reader's language, naming transactions by terminal, RRN and STAN (never by
 * internal record id), e.g. {@code 金额不符：终端 10000001 参考号 123456789012 流水号 000123，终端金额 12.50 元，银行金额 12.05 元}.
 */
public final class ReasonText {
    /** Every reconcile reason a break can carry, and unreadable lines; ReasonTextTest checks none is missing. */
    private static final Map<String, String[]> NAMES = Map.ofEntries(
            Map.entry("VOID_WITHOUT_SALE", new String[] {"撤销找不到原消费", "Void without its sale"}),
            Map.entry("VOID_AMOUNT_DIFFERS", new String[] {"撤销金额与原消费不符", "Void amount differs from its sale"}),
            Map.entry("UNKNOWN_TERMINAL", new String[] {"终端号不存在", "Unknown terminal"}),
            Map.entry("TERMINAL_OF_OTHER_MERCHANT", new String[] {"终端属于其他商户", "Terminal of another merchant"}),
            Map.entry("MERCHANT_CLOSED", new String[] {"商户已关闭", "Merchant closed"}),
            Map.entry("UNKNOWN_MERCHANT", new String[] {"商户号不存在", "Unknown merchant"}),
            Map.entry("INVALID_RECORD", new String[] {"无效记录", "Invalid record"}),
            Map.entry("MATCHES_REJECTED_TERMINAL", new String[] {"对应的终端交易已拒绝", "Terminal record was rejected"}),
            Map.entry("DUPLICATE_KEY", new String[] {"重复交易", "Duplicate"}),
            Map.entry("DUPLICATE_OF_EARLIER_DATE", new String[] {"以前日期已入账", "Already loaded on an earlier date"}),
            Map.entry("AMOUNT_DIFFERS", new String[] {"金额不符", "Amounts differ"}),
            Map.entry("MERCHANT_DIFFERS", new String[] {"商户号不符", "Merchant ids differ"}),
            Map.entry("CARD_DIFFERS", new String[] {"卡号不符", "Cards differ"}),
            Map.entry("TYPE_DIFFERS", new String[] {"交易方向不符", "Directions differ"}),
            Map.entry("NOT_CLEARED_IN_WINDOW", new String[] {"挂账期内银行未清算", "Not cleared by the bank within the carry window"}),
            Map.entry("NOT_ON_TERMINAL", new String[] {"无终端交易或挂账项", "No terminal record or pending item"}),
            Map.entry(BreakReason.UNREADABLE_LINE, new String[] {"无法读取的行", "Unreadable line"}));
    private static final Map<String, String[]> FIELDS = Map.of(
            "MERCHANT", new String[] {"商户号", "merchant"},
            "CARD_LAST4", new String[] {"卡号后四位", "card last 4"});

    private ReasonText() {
    }

    /** True when {@code code} has a name in both languages. */
    public static boolean knows(String code) {
        return NAMES.containsKey(code);
    }

    public static String of(BreakLine b, Language language) {
        boolean zh = language == Language.CHINESE;
        BreakReason r = b.reason();
        List<String> parts = new ArrayList<>();
        if (!b.key().isEmpty()) {
            parts.add(key(b.key(), zh));
        }
        if (b.terminalAmountFen() != null && b.bankAmountFen() != null
                && !b.terminalAmountFen().equals(b.bankAmountFen())) {
            parts.add(zh ? "终端金额 " + Yuan.format(b.terminalAmountFen()) + " 元，银行金额 " + Yuan.format(b.bankAmountFen()) + " 元"
                    : "terminal " + Yuan.format(b.terminalAmountFen()) + " yuan, bank " + Yuan.format(b.bankAmountFen()) + " yuan");
        }
        for (BreakReason.FieldDifference d : r.differences()) {
            String field = pick(FIELDS.getOrDefault(d.field(), new String[] {d.field(), d.field()}), zh);
            parts.add(zh ? field + "：终端 " + d.terminalValue() + "，银行 " + d.bankValue()
                    : field + ": terminal " + d.terminalValue() + ", bank " + d.bankValue());
        }
        if (!r.counterpart().isEmpty()) {
            parts.add((zh ? "对应 " : "against ") + key(r.counterpart(), zh));
        }
        if (!r.detail().isEmpty()) {
            parts.add(r.detail());
        }
        String name = pick(NAMES.getOrDefault(r.code(), new String[] {r.code(), r.code()}), zh);
        return parts.isEmpty() ? name : name + (zh ? "：" : ": ") + String.join(zh ? "，" : ", ", parts);
    }

    private static String key(TxnKey k, boolean zh) {
        List<String> parts = new ArrayList<>(3);
        add(parts, zh ? "终端 " : "terminal ", k.terminalId());
        add(parts, zh ? "参考号 " : "RRN ", k.rrn());
        add(parts, zh ? "流水号 " : "STAN ", k.stan());
        return String.join(" ", parts);
    }

    private static void add(List<String> parts, String label, String value) {
        if (!value.isEmpty()) {
            parts.add(label + value);
        }
    }

    private static String pick(String[] names, boolean zh) {
        return zh ? names[0] : names[1];
    }
}
