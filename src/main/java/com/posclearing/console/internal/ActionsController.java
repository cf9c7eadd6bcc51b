package com.posclearing.console.internal;

import com.posclearing.job.NightlySettlementJobConfig;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.RunStatus;
import com.posclearing.runs.RunOverview;
import com.posclearing.runs.RunRegistry;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Actions: rerun a date with a reason, restart a failed run; the page refreshes itself while a run is going. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ActionsController {
    private final RunActions actions;
    private final RunRegistry registry;
    private final RunOverview overview;

    ActionsController(RunActions actions, RunRegistry registry, RunOverview overview) {
        this.actions = actions;
        this.registry = registry;
        this.overview = overview;
    }

    /** A run in progress, its steps so far and how many of the job's steps are done. */
    record Progress(RunRegistry.Run run, List<RunOverview.Step> steps, long completedSteps, int totalSteps) {
    }

    @GetMapping("/actions")
    String page(Model model) {
        List<RunRegistry.Run> runs = registry.all(Optional.empty());
        Optional<Progress> running = runs.stream().filter(r -> r.status() == RunStatus.STARTED && r.jobExecutionId() != null)
                .max(Comparator.comparing(RunRegistry.Run::startedAt)).map(r -> {
                    List<RunOverview.Step> steps = overview.steps(r.jobExecutionId());
                    return new Progress(r, steps, steps.stream().filter(s -> "COMPLETED".equals(s.status())).count(),
                            NightlySettlementJobConfig.STEPS.size());
                });
        model.addAttribute("running", running.orElse(null));
        model.addAttribute("dates", runs.stream().map(RunRegistry.Run::date).distinct().sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("failed", runs.stream().filter(r -> r.status() == RunStatus.FAILED).toList());
        model.addAttribute("last", actions.last());
        return "actions";
    }

    @PostMapping("/actions/rerun")
    String rerun(@RequestParam String date, @RequestParam(defaultValue = "") String reason, Principal user,
            RedirectAttributes flash) {
        return start(flash, () -> actions.rerun(BusinessDate.parse(date), reason, user.getName()), "rerun of " + date);
    }

    @PostMapping("/actions/restart")
    String restart(@RequestParam String date, Principal user, RedirectAttributes flash) {
        return start(flash, () -> actions.restart(BusinessDate.parse(date), user.getName()), "restart of " + date);
    }

    private static String start(RedirectAttributes flash, Runnable action, String what) {
        try {
            action.run();
            flash.addFlashAttribute("done", what + " started");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("refused", e.getMessage());
        }
        return "redirect:/actions";
    }
}
