package com.posclearing.transfer;

import com.posclearing.kernel.MerchantId;
import java.util.Objects;
import java.util.Set;

/**
 * Statement delivery for a group of merchants: {@code merchants} lists merchant ids, or is {@code ["*"]} for every
 * merchant no earlier group names. The target's folder may contain {@code {merchantId}}.
 */
public record MerchantGroup(String name, Set<String> merchants, DeliveryTarget target) {

    public MerchantGroup {
        SftpEndpoint.require(name != null && !name.isBlank(), "merchantGroups.name", "missing");
        merchants = Set.copyOf(Objects.requireNonNull(merchants, "merchants"));
        SftpEndpoint.require(!merchants.isEmpty(), "merchantGroups.merchants", "empty in group " + name);
        Objects.requireNonNull(target, "target");
    }

    boolean covers(MerchantId merchant) {
        return merchants.contains("*") || merchants.contains(merchant.value());
    }

    /** The concrete target of one merchant: folder with the merchant id filled in, recorded per merchant. */
    DeliveryTarget targetFor(MerchantId merchant) {
        return new DeliveryTarget("statements:" + name + ":" + merchant.value(), target.endpoint(),
                target.remoteDir().replace("{merchantId}", merchant.value()), target.verifyChecksum(),
                target.replace(), target.createFolder(), target.retries());
    }
}
