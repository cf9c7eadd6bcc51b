package com.posclearing.support.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextGuardTest {
    @Test
    void neutralisesTextThatASpreadsheetWouldEvaluate() {
        assertThat(TextGuard.text("=1+1")).isEqualTo("'=1+1");
        assertThat(TextGuard.text("+8613800000000")).isEqualTo("'+8613800000000");
        assertThat(TextGuard.text("-2+3")).isEqualTo("'-2+3");
        assertThat(TextGuard.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(TextGuard.text("\t=x")).isEqualTo("'\t=x");
        assertThat(TextGuard.text("\r=x")).isEqualTo("'\r=x");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(TextGuard.text("上海某某餐饮")).isEqualTo("上海某某餐饮");
        assertThat(TextGuard.text("a=b")).isEqualTo("a=b");
        assertThat(TextGuard.text("")).isEqualTo("");
        assertThat(TextGuard.text((String) null)).isEqualTo("");
        assertThat(TextGuard.text((Object) null)).isEqualTo("");
    }
}
