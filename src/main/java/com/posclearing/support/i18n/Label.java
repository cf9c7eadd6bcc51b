package com.posclearing.support.i18n;


/** Every header and label of the spreadsheets, in Chinese and English. */
public enum Label {
    // statement summary
    ITEM("项目", "Item"), VALUE("内容", "Value"),
    MERCHANT_ID("商户号", "Merchant ID"), MERCHANT_NAME("商户名称", "Merchant name"),
    BUSINESS_DATE("交易日期", "Business date"), VALUE_DATE("结算日期", "Value date"),
    OPENING("期初余额", "Opening balance"), SALES_COUNT("消费笔数", "Sales count"),
    SALES_AMOUNT("消费金额", "Sales amount"), REFUND_COUNT("退货笔数", "Refund count"),
    REFUND_AMOUNT("退货金额", "Refund amount"), FEES("手续费", "Fees"), ADJUSTMENTS("调账金额", "Adjustments"),
    NET("应结金额", "Net"), PAYOUT("本期划款", "Payout"), CLOSING("期末余额", "Closing balance"),
    ACCOUNT_LAST4("结算账户尾号", "Account last 4"), HELD("暂停结算", "Held"),
    YES("是", "Yes"), NO("否", "No"),
    CARD_KIND("卡类型", "Card kind"), COUNT("笔数", "Count"),
    // printed pages: the totals row, the footer's page numbers in SpreadsheetML's codes (&P page, &N pages)
    TOTAL("合计", "Total"), PAGE_NUMBERS("第 &P 页，共 &N 页", "Page &P of &N"),
    // transactions
    TXN_TIME("交易时间", "Time"), TERMINAL("终端号", "Terminal"), BATCH("批次号", "Batch"), STAN("流水号", "STAN"),
    RRN("参考号", "RRN"), CARD_NO("卡号", "Card number"), TXN_TYPE("交易类型", "Type"), AMOUNT("金额", "Amount"),
    FEE("手续费", "Fee"), NET_AMOUNT("净额", "Net"), OUTCOME("对账结果", "Outcome"), ORIGIN_DATE("原交易日期", "Origin date"),
    // sheets
    SHEET_SUMMARY("汇总", "Summary"), SHEET_TXNS("交易明细", "Transactions"), SHEET_PENDING("待对账", "Pending items"),
    SHEET_OUTCOMES("对账结果汇总", "Outcome summary"), SHEET_BREAKS("差错明细", "Breaks"),
    SHEET_BATCHES("批次不平", "Out-of-balance batches"), SHEET_FILES("文件控制总数", "File control totals"),
    SHEET_MARGIN("收益", "Margin"),
    // operator report
    SIDE("来源", "Side"), REASON("原因", "Reason"), TERMINAL_AMOUNT("终端金额", "Terminal amount"),
    BANK_AMOUNT("银行金额", "Bank amount"), SOURCE_FILE("文件", "File"), SOURCE_LINE("行号", "Line"),
    DECLARED_SALES_COUNT("批结消费笔数", "Declared sales count"), DECLARED_SALES("批结消费金额", "Declared sales amount"),
    DECLARED_REFUND_COUNT("批结退货笔数", "Declared refund count"), DECLARED_REFUNDS("批结退货金额", "Declared refund amount"),
    ACTUAL_SALES_COUNT("明细消费笔数", "Detail sales count"), ACTUAL_SALES("明细消费金额", "Detail sales amount"),
    ACTUAL_REFUND_COUNT("明细退货笔数", "Detail refund count"), ACTUAL_REFUNDS("明细退货金额", "Detail refund amount"),
    FILE_NAME("文件名", "File name"), LAYOUT("格式", "Layout"), SHA256("SHA-256", "SHA-256"), RECORDS("记录数", "Records"),
    STATUS("状态", "Status"), ACQUIRER_COST("收单成本", "Acquirer cost"), MARGIN("收益", "Margin"),
    PAYOUT_COUNT("划款笔数", "Payout count"), HELD_AMOUNT("暂停结算余额", "Held balance"),
    INVARIANT_LEFT("消费 − 退货", "Sales − refunds"),
    INVARIANT_RIGHT("手续费 + 划款 + 余额变动 − 调账", "Fees + payouts + balance change − adjustments"),
    BALANCED("平衡", "Balanced"),
    // charts, break ages and resolutions
    SHEET_CHARTS("图表", "Charts"), SHEET_BREAK_AGES("差错账龄", "Breaks by age"),
    SHEET_RESOLUTIONS("当日差错处理", "Resolutions of the day"), DATE("日期", "Date"), MATCH_RATE("对平率", "Match rate"),
    BREAKS_BY_OUTCOME("差错笔数（按对账结果）", "Breaks by outcome"),
    STATE("处理状态", "State"), AGE_DAYS("账龄（天）", "Age (days)"), OVER_AGE("超期", "Over age"),
    FLAG_AGE_DAYS("超期标记（天）", "Flagged after (days)"), NO_OPEN_BREAKS("无未结差错", "No open breaks"),
    BREAK_ID("差错编号", "Break id"), ACTION("处理方式", "Action"), PROPOSER("经办人", "Proposer"),
    APPROVER("复核人", "Approver"), DECIDED_AT("复核时间", "Decided at"), GAIN_LOSS("核销损益", "Write-off gain/loss"),
    WRITE_OFF_GAINS("核销收益合计", "Write-off gains"), WRITE_OFF_LOSSES("核销损失合计", "Write-off losses"),
    NO_RESOLUTIONS("本日无差错处理", "No resolutions on this date"),
    BREAK_EVENTS("当日差错状态变更", "Break transitions of the day"), EVENT_AT("时间", "When"), ACTOR("操作人", "Who"),
    FROM_STATE("原状态", "From"), TO_STATE("新状态", "To"), NO_BREAK_EVENTS("本日无状态变更", "No transitions on this date"),
    // agent statements and the agent sheet of the report
    SHEET_AGENT_SHARES("代理商分润", "Agent shares"), AGENT_ID("代理商编号", "Agent ID"), AGENT_NAME("代理商名称", "Agent name"),
    MONTH("结算月份", "Month"), SHARES("分润", "Shares"), CLAWBACKS("退货扣回", "Claw-backs"), COST("成本", "Cost"),
    ENTRY("类别", "Entry"), PAYOUT_ID("划款编号", "Payout id"), INVERTED_COUNT("倒挂笔数", "Inverted count"),
    INVERTED_AMOUNT("倒挂金额", "Inverted amount"), ACQUIRER_KEEP("收单留存", "Acquirer keep");

    private final String chinese;
    private final String english;

    Label(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String in(Language language) {
        return language == Language.ENGLISH ? english : chinese;
    }
}
