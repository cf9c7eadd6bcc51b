package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.reliability.Proves;
import org.junit.jupiter.api.Test;

@Proves("the card-number scanner finds 13-19 digit Luhn-valid numbers and nothing else")
class CardNumbersTest {
    @Test
    void findsLuhnValidCardNumbersStandingAloneAndNothingElse() {
        assertThat(CardNumbers.in("D,6225880000001231,SALE;4111111111111111\n2221000000000009")).containsExactly(
                "6225880000001231", "4111111111111111", "2221000000000009");
        assertThat(CardNumbers.in("6225880000001232 622588******1231 16225880000001231 898310058120005 20261231100003"))
                .as("Luhn fails, masked, part of a longer run, a Luhn-valid merchant id and time").isEmpty();
    }
}
