package com.posclearing.console.internal;

import com.posclearing.console.ConsoleRole;
import com.posclearing.console.ConsoleUsers;
import com.posclearing.kernel.InvalidValueException;
import com.posclearing.resolution.BreakService;
import com.posclearing.runs.RunRegistry;
import com.posclearing.schedule.ClearingScheduler;
import com.posclearing.support.AuditLog;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The smaller pages: login, audit, scheduler and users. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PagesController {
    private static final int AUDIT_LINES = 500;
    private static final int SCHEDULER_RUNS = 14;
    private final AuditLog audit;
    private final BreakService breaks;
    private final ClearingScheduler scheduler;
    private final RunRegistry registry;
    private final ConsoleUsers users;
    private final Changes changes;

    PagesController(AuditLog audit, BreakService breaks, ClearingScheduler scheduler, RunRegistry registry, ConsoleUsers users,
            Changes changes) {
        this.audit = audit;
        this.breaks = breaks;
        this.scheduler = scheduler;
        this.registry = registry;
        this.users = users;
        this.changes = changes;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Who did what, when, why: the commands' and the console's audit log, and every transition of a break. */
    @GetMapping("/audit")
    String audit(Model model) {
        model.addAttribute("entries", audit.recent(AUDIT_LINES));
        model.addAttribute("events", breaks.latestEvents(AUDIT_LINES));
        return "audit";
    }

    /** The schedule of jobs/ with the next fire times, and the last runs it (or anyone) made. */
    @GetMapping("/scheduler")
    String scheduler(Model model) {
        try {
            model.addAttribute("jobs", scheduler.planned(Instant.now()));
        } catch (RuntimeException e) {
            model.addAttribute("jobsError", e.getMessage());
        }
        model.addAttribute("runs", registry.all(Optional.empty()).stream()
                .sorted(Comparator.comparing(RunRegistry.Run::startedAt).reversed()).limit(SCHEDULER_RUNS).toList());
        return "scheduler";
    }

    @GetMapping("/users")
    String users(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("roles", ConsoleRole.values());
        return "users";
    }

    @GetMapping("/password")
    String password() {
        return "password";
    }

    /** The user's own password in place of the one-time one; then a fresh login with it, so no session keeps the old. */
    @PostMapping("/password")
    String changePassword(@RequestParam String current, @RequestParam("new") String newPassword, @RequestParam String repeat,
            Principal user, HttpServletRequest request, RedirectAttributes flash) throws ServletException {
        changes.apply(user.getName(), "console password", "", null, flash, () -> {
            if (!newPassword.equals(repeat)) {
                throw new InvalidValueException("repeat", "the two new passwords differ");
            }
            users.changePassword(user.getName(), current, newPassword);
            return "password of " + user.getName() + " changed";
        });
        if (!flash.getFlashAttributes().containsKey("done")) {
            return "redirect:/password";
        }
        request.logout();
        return "redirect:/login?changed";
    }

    /** A new user; its one-time password is shown once, on the next page. */
    @PostMapping("/users")
    String createUser(@RequestParam String name, @RequestParam String role, Principal admin, RedirectAttributes flash) {
        // the password is shown, never recorded: the audit gets the sentence without it
        changes.apply(admin.getName(), "console user add", name + " --role " + role, null, flash, () -> {
            flash.addFlashAttribute("password", users.create(name, ConsoleRole.valueOf(role), admin.getName()));
            return "user " + name + " (" + role + ") created";
        });
        return "redirect:/users";
    }
}
