package com.posclearing.generator.internal;

import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.TerminalId;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reference data of the bulk mode, computed from an index so nothing is kept in memory: merchant i has id
 * {@code 8983100} + 8 digits, Chinese name, plan STD/CATER/MICRO in turn, terminals {@code T} + 7 digits (2i, 2i+1).
 */
final class BulkMerchants {
    private static final String[] CITIES = {"上海", "北京", "广州", "深圳", "杭州", "成都", "南京", "武汉", "西安", "重庆"};
    private static final String[] TRADES = {"便利店", "餐厅", "超市", "茶庄", "数码城", "酒店", "书店", "药房"};
    private static final String[] MCCS = {"5499", "5812", "5411", "5499", "5732", "7011", "5942", "5912"};
    private static final String[] PLANS = {"STD", "CATER", "MICRO"};

    private BulkMerchants() {
    }

    static MerchantId merchantId(int i) {
        return MerchantId.of("8983100" + BulkRun.pad(i, 8));
    }

    static TerminalId terminalId(int t) {
        return TerminalId.of("T" + BulkRun.pad(t, 7));
    }

    static String name(int i) {
        return CITIES[i % CITIES.length] + TRADES[i / CITIES.length % TRADES.length] + (i + 1) + "号店";
    }

    static String mcc(int i) {
        return MCCS[i / CITIES.length % TRADES.length];
    }

    static void write(int merchants, Path config) throws IOException {
        try (BufferedWriter m = Files.newBufferedWriter(config.resolve("merchants.csv"), StandardCharsets.UTF_8);
                BufferedWriter t = Files.newBufferedWriter(config.resolve("terminals.csv"), StandardCharsets.UTF_8)) {
            m.write("merchant_id,name,mcc,fee_plan,settlement_cycle,account_no,account_name,bank_code,status,email,agent_id,delivery\n");
            t.write("terminal_id,merchant_id,status\n");
            for (int i = 0; i < merchants; i++) {
                String id = merchantId(i).value();
                String name = name(i);
                // 20 digits starting with 9: never mistaken for a card number
                m.write(id + "," + name + "," + mcc(i) + "," + PLANS[i % PLANS.length] + ",T1,9" + BulkRun.pad(i, 19)
                        + "," + name + ",102290024433,ACTIVE,m" + BulkRun.pad(i, 8) + "@example.cn,,\n");
                t.write(terminalId(2 * i).value() + "," + id + ",ACTIVE\n");
                t.write(terminalId(2 * i + 1).value() + "," + id + ",ACTIVE\n");
            }
        }
    }
}
