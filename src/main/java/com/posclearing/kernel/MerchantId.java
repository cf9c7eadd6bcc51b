package com.posclearing.kernel;

import java.util.regex.Pattern;

/** Merchant id, ISO 8583 DE42: 15 digits. */
public record MerchantId(String value) implements Comparable<MerchantId> {
    private static final Pattern FORMAT = Pattern.compile("\\d{15}");

    public MerchantId {
        InvalidValueException.require("merchantId", value, FORMAT, "15 digits");
    }

    public static MerchantId of(String value) {
        return new MerchantId(value);
    }

    @Override
    public int compareTo(MerchantId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
