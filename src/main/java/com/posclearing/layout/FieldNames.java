package com.posclearing.layout;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The one list of field names a layout may use. A misspelt name ({@code reversd}, {@code acquirerCostFEN}) would
 * silently read as absent, so any other name is refused at start. A column nothing needs is simply not declared.
 */
public final class FieldNames {
    /** Terminal detail fields the mapper reads; the ones a terminal layout's detail record must provide come first. */
    public static final List<String> TERMINAL_REQUIRED = List.of("merchantId", "terminalId", "batchNo", "stan", "rrn",
            "txnType", "cardNo", "cardKind", "amountFen", "txnTime");

    /**
     * Bank detail fields a bank layout must provide: the fallback match key (terminal, STAN, time) is always possible;
     * the RRN key only when the layout maps {@code rrn}. The transaction type comes from {@code txnType} or from
     * {@code mti} with {@code processingCode}.
     */
    public static final List<String> BANK_REQUIRED = List.of("stan", "transmissionTime", "cardNo", "amountFen",
            "terminalId", "merchantId");

    /** Read by the system: mapped into transactions, batch and file checks. */
    public static final Set<String> READ = Set.of(
            "merchantId", "terminalId", "batchNo", "stan", "rrn", "authCode", "txnType", "cardNo", "cardKind",
            "amountFen", "txnTime", "origStan", "origRrn", "origTxnDate", "transmissionTime", "mti", "processingCode",
            "origTxnTime", "reversed", "cancelled", "merchantName", "acquirerCostFen", "currency", "clearingDate",
            "format", "version", "businessDate", "node", "seq", "createdAt", "openedAt", "closedAt",
            "saleCount", "saleAmountFen", "refundCount", "refundAmountFen",
            "batchCount", "detailCount", "detailAmountFen", "totalCount", "totalAmountFen", "totalFeeFen");

    /** Checked by type and kept in the parsed record (shown by {@code layout check}), not used by settlement. */
    public static final Set<String> CARRIED = Set.of(
            "acquirerInstitution", "forwardingInstitution", "partialAmountFen", "cardholderFeeFen", "mcc",
            "posConditionCode", "receivingInstitution", "responseCode", "posEntryMode", "acquirerFeeReceivableFen",
            "switchingFeeFen", "messageFlag", "cardSequenceNo", "terminalReadCapability", "icConditionCode",
            "issuerInstitution", "regionFlag", "terminalType", "eci", "instalmentFeeFen", "otherInfo",
            "sendingClearingInstitution", "receivingClearingInstitution", "clearingSession", "agentDiscountFee",
            "merchantFeeFen", "settlementBank", "settlementBankFee", "transactionCode", "queryId", "oldPayType",
            "orderId", "payCardType", "settlementAmountFen", "payType", "groupMerchantId", "txnSubType", "bizType",
            "accountType", "billType", "billNo", "interactionMode", "origQueryId", "splitMode", "subMerchantId",
            "subMerchantName", "subMerchantAmountFen", "netAmountFen", "merchantReserved", "discountAmountFen",
            "invoiceAmountFen", "instalmentCount", "txnMedium", "origOrderId", "reserved", "channelOrderId",
            "appId", "status", "feeRate", "productName", "debitCredit");

    private FieldNames() {
    }

    public static boolean known(String name) {
        return READ.contains(name) || CARRIED.contains(name);
    }

    /** All names, sorted, for an error message. */
    public static Set<String> all() {
        Set<String> all = new TreeSet<>(READ);
        all.addAll(CARRIED);
        return all;
    }

    /** The known name nearest to a misspelt one (same letters ignoring case, or one edit away), or null. */
    public static String nearest(String name) {
        return Stream.concat(READ.stream(), CARRIED.stream())
                .filter(n -> n.equalsIgnoreCase(name) || editDistance(n, name) <= 2)
                .min((a, b) -> Integer.compare(editDistance(a, name), editDistance(b, name))).orElse(null);
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int same = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + same);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
