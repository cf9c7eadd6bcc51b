package com.posclearing.kernel;

/** Merchant id, ISO 8583 DE42: 15 digits. */
public record MerchantId(String value) implements Comparable<MerchantId> {
    public MerchantId {
        InvalidValueException.require("merchantId", value, Chars.digits(value, 15), "15 digits");
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
