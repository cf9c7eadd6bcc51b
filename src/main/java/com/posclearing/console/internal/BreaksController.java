package com.posclearing.console.internal;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Outcome;
import com.posclearing.resolution.Break;
import com.posclearing.resolution.BreakAction;
import com.posclearing.resolution.BreakId;
import com.posclearing.resolution.BreakService;
import com.posclearing.resolution.BreakState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Breaks (SPEC 3.4 on a page): filters, propose / approve / refuse, and the Excel round trip, all by BreakService. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class BreaksController {
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final BreakService breaks;
    private final Changes changes;

    BreaksController(BreakService breaks, Changes changes) {
        this.breaks = breaks;
        this.changes = changes;
    }

    /** A break as a line of the page, with its age and the actions its outcome allows. */
    record BreakRow(Break b, long ageDays, boolean overAge, List<BreakAction> actions) {
    }

    @GetMapping("/breaks")
    String list(@RequestParam(required = false) String date, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String merchant, @RequestParam(required = false) String state,
            @RequestParam(required = false) Integer minAgeDays, Model model) {
        Optional<BusinessDate> d = blank(date).map(BusinessDate::parse);
        Optional<BreakState> s = blank(state).map(BreakState::valueOf);
        Optional<Outcome> o = blank(outcome).map(Outcome::valueOf);
        Optional<String> m = blank(merchant);
        List<BreakRow> rows = breaks.list(d, s).stream()
                .filter(b -> o.isEmpty() || b.outcome() == o.get())
                .filter(b -> m.isEmpty() || b.merchantId().value().equals(m.get()))
                .filter(b -> minAgeDays == null || breaks.ageDays(b) >= minAgeDays)
                .map(b -> new BreakRow(b, breaks.ageDays(b), breaks.overAge(b), BreakAction.forOutcome(b.outcome()))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("states", BreakState.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("filter", new Filter(date, outcome, merchant, state, minAgeDays));
        return "breaks";
    }

    record Filter(String date, String outcome, String merchant, String state, Integer minAgeDays) {
    }

    @PostMapping("/breaks/{id}/propose")
    String propose(@PathVariable String id, @RequestParam String action, @RequestParam(required = false) String pair,
            @RequestParam(defaultValue = "") String reason, Principal user, RedirectAttributes flash) {
        Optional<BreakId> with = blank(pair).map(BreakId::of);
        changes.apply(user.getName(), "breaks propose", id + " --action " + action + with.map(p -> " --pair " + p).orElse(""),
                reason, flash, () -> said(breaks.propose(BreakId.of(id), BreakAction.valueOf(action), with, reason, user.getName())));
        return "redirect:/breaks";
    }

    @PostMapping("/breaks/{id}/approve")
    String approve(@PathVariable String id, Principal user, RedirectAttributes flash) {
        changes.apply(user.getName(), "breaks approve", id, null, flash, () -> {
            Break b = breaks.approve(BreakId.of(id), user.getName());
            return said(b) + "; applied by the settlement of " + b.targetDate();
        });
        return "redirect:/breaks";
    }

    @PostMapping("/breaks/{id}/refuse")
    String refuse(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Principal user,
            RedirectAttributes flash) {
        changes.apply(user.getName(), "breaks refuse", id, reason, flash,
                () -> said(breaks.refuse(BreakId.of(id), reason, user.getName())));
        return "redirect:/breaks";
    }

    /** The workbook of D's open breaks, made by the same export as {@code breaks export}. */
    @GetMapping("/breaks/export")
    ResponseEntity<byte[]> export(@RequestParam String date) throws IOException {
        BusinessDate d = BusinessDate.parse(date);
        Path dir = Files.createTempDirectory("breaks-export");
        Path file = dir.resolve("breaks_" + d.compact() + ".xlsx");
        try {
            breaks.export(d, file);
            return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(file.getFileName().toString()).build().toString())
                    .body(Files.readAllBytes(file));
        } finally {
            Files.deleteIfExists(file);
            Files.delete(dir);
        }
    }

    /** Proposes every filled row of an uploaded workbook, all or none (BreakService.importProposals). */
    @PostMapping("/breaks/import")
    String importWorkbook(@RequestParam("file") MultipartFile upload, Principal user, RedirectAttributes flash) {
        changes.apply(user.getName(), "breaks import", upload.getOriginalFilename(), null, flash, () -> {
            try {
                Path dir = Files.createTempDirectory("breaks-import");
                Path file = dir.resolve("upload.xlsx");
                try {
                    upload.transferTo(file);
                    return breaks.importProposals(file, user.getName()) + " proposals imported from " + upload.getOriginalFilename();
                } finally {
                    Files.deleteIfExists(file);
                    Files.delete(dir);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return "redirect:/breaks";
    }

    private static String said(Break b) {
        return b.id() + " is " + b.state() + (b.action() == null ? "" : " (" + b.action() + ")");
    }

    private static Optional<String> blank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
    }
}
