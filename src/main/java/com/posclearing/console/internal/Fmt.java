package com.posclearing.console.internal;

import com.posclearing.kernel.Yuan;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/** Money on the pages, as the statements print it ({@code ${@fmt.yuan(fen)}}). */
@Component("fmt")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class Fmt {
    public String yuan(long amountFen) {
        return Yuan.format(amountFen);
    }
}
