package com.posclearing.support.i18n;

import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.TxnType;
import java.util.Map;

/**
 * Names of codes in spreadsheets for people: Chinese names in a Chinese workbook, the code itself otherwise.
 * CSV files always carry the codes (machines read them).
 */
public final class Codes {
    private static final Map<String, String> CHINESE = Map.ofEntries(
            Map.entry("SALE", "消费"), Map.entry("VOID", "消费撤销"), Map.entry("REFUND", "退货"),
            Map.entry("PREAUTH_COMPLETE", "预授权完成"),
            Map.entry("DEBIT", "借记卡"), Map.entry("CREDIT", "贷记卡"), Map.entry("FOREIGN", "境外卡"),
            Map.entry("MATCHED", "已对平"), Map.entry("MATCHED_LATE", "延迟对平"), Map.entry("AMOUNT_MISMATCH", "金额不符"),
            Map.entry("DATA_MISMATCH", "信息不符"), Map.entry("PENDING", "待对账"), Map.entry("MISSING_AT_BANK", "银行漏单"),
            Map.entry("MISSING_AT_TERMINAL", "平台漏单"), Map.entry("DUPLICATE", "重复"), Map.entry("VOIDED", "已撤销"),
            Map.entry("REVERSED", "已冲正"), Map.entry("REJECTED", "已拒绝"),
            Map.entry("TERMINAL", "终端"), Map.entry("BANK", "银行"),
            // break states and actions of the resolution sections
            Map.entry("OPEN", "未处理"), Map.entry("PROPOSED", "待复核"), Map.entry("APPROVED", "已复核"),
            Map.entry("APPLIED", "已入账"), Map.entry("RESOLVED_BY_RERUN", "重跑消除"),
            Map.entry("BANK_WINS", "以银行为准"), Map.entry("TERMINAL_WINS", "以终端为准"), Map.entry("PAIR", "配对"),
            Map.entry("WRITE_OFF", "核销"),
            // resolution adjustments among a statement's transactions
            Map.entry("ADJUSTMENT", "调账"), Map.entry("MATCHED_MANUAL", "人工对平"),
            // entries of an agent statement
            Map.entry("CLAWBACK", "退货扣回"), Map.entry("RERUN", "重跑差额转入"), Map.entry("RERUN_OUT", "重跑差额转出"));

    private Codes() {
    }

    public static String name(String code, Language language) {
        if (code == null) {
            return "";
        }
        return language == Language.CHINESE ? CHINESE.getOrDefault(code, code) : code;
    }

    public static String name(TxnType type, Language language) {
        return name(type.name(), language);
    }

    public static String name(CardKind kind, Language language) {
        return name(kind.name(), language);
    }
}
