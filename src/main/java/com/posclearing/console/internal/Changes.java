package com.posclearing.console.internal;

import com.posclearing.support.AuditLog;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A change made from a page, recorded in the audit log like the commands' (who, what, arguments, reason, result); its
 * sentence, or the refusal's, is shown on the next page.
 */
@Component
class Changes {
    private final AuditLog audit;

    Changes(AuditLog audit) {
        this.audit = audit;
    }

    void apply(String user, String command, String arguments, String reason, RedirectAttributes flash, Supplier<String> work) {
        try {
            String done = work.get();
            audit.record(user, command, arguments, reason, "console: " + done);
            flash.addFlashAttribute("done", done);
        } catch (IllegalArgumentException | IllegalStateException e) {
            audit.record(user, command, arguments, reason, "console refused: " + e.getMessage());
            flash.addFlashAttribute("refused", e.getMessage());
        }
    }
}
