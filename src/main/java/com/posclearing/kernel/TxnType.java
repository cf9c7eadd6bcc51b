package com.posclearing.kernel;

/** Terminal transaction types (SPEC 2.1). */
public enum TxnType {
    /** 消费 */
    SALE,
    /** 消费撤销: cancels a sale of the same batch, full amount. */
    VOID,
    /** 退货: may be partial, may refer to a sale of an earlier date. */
    REFUND,
    /** 预授权完成 */
    PREAUTH_COMPLETE;

    /** True when the merchant is credited (sales), false when debited (refunds). */
    public boolean isDebitToCardholder() {
        return this == SALE || this == PREAUTH_COMPLETE;
    }
}
