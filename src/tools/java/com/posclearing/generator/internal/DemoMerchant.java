package com.posclearing.generator.internal;

import com.posclearing.kernel.MerchantId;
import java.util.List;

/** A merchant of the demo, as in {@code config/merchants.csv} (a test keeps the two in step). */
public record DemoMerchant(MerchantId id, String name, String mcc, String feePlan, String status) {

    public static final DemoMerchant M01 = of("898310058120001", "上海静安百货有限公司", "5311", "STD", "ACTIVE");
    public static final DemoMerchant M02 = of("898310058120002", "北京朝阳餐饮管理有限公司", "5812", "CATER", "ACTIVE");
    public static final DemoMerchant M03 = of("898310058120003", "广州天河便民超市", "5411", "MICRO", "ACTIVE");
    public static final DemoMerchant M04 = of("898310058120004", "深圳南山数码商行", "5732", "STD", "ACTIVE");
    public static final DemoMerchant M05 = of("898310058120005", "杭州西湖龙井茶庄", "5499", "STD", "FROZEN");
    public static final DemoMerchant M06 = of("898310058120006", "成都锦江火锅店", "5812", "CATER", "CLOSED");
    public static final DemoMerchant M07 = of("898310058120007", "西安钟楼大酒店有限公司", "7011", "STD", "ACTIVE");
    public static final DemoMerchant M08 = of("898310058120008", "武汉光谷便利店", "5499", "MICRO", "ACTIVE");

    public static final List<DemoMerchant> ALL = List.of(M01, M02, M03, M04, M05, M06, M07, M08);

    private static DemoMerchant of(String id, String name, String mcc, String plan, String status) {
        return new DemoMerchant(MerchantId.of(id), name, mcc, plan, status);
    }

    /** A short label for tables: M01..M08. */
    public String label() {
        return "M" + id.value().substring(13);
    }
}
