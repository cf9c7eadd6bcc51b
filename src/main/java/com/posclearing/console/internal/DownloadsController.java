package com.posclearing.console.internal;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.runs.RunRegistry;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Downloads: each date's statements, report, breaks and payout files, served as they are on disk. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class DownloadsController {
    private final OutputFolder out;
    private final RunRegistry registry;

    DownloadsController(OutputFolder out, RunRegistry registry) {
        this.out = out;
        this.registry = registry;
    }

    @GetMapping("/downloads")
    String page(@RequestParam(required = false) String date, Model model) {
        var dates = registry.all(Optional.empty()).stream().map(RunRegistry.Run::date).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        BusinessDate d = date == null || date.isBlank() ? dates.stream().findFirst().orElse(null) : BusinessDate.parse(date);
        model.addAttribute("dates", dates);
        model.addAttribute("date", d);
        model.addAttribute("files", d == null ? List.of() : out.files(d));
        return "downloads";
    }

    @GetMapping("/downloads/{date}/file")
    ResponseEntity<FileSystemResource> file(@PathVariable String date, @RequestParam String path) {
        Path file = out.file(BusinessDate.parse(date), path)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such output file"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFileName().toString()).build().toString())
                .body(new FileSystemResource(file));
    }
}
