package com.posclearing.transfer;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.layout.FileNamePattern;
import java.util.Collection;
import java.util.Objects;

/**
 * One input source: the files of a business date that one SFTP folder provides.
 *
 * @param pattern  file-name pattern in the layouts' grammar ({@link FileNamePattern}): its layout's {@code fileName},
 *                 or a narrower one such as {@code POSP_{yyyyMMdd}_N01_*.csv}
 * @param minFiles how many matching files D needs before the fetch is done (later files wait for the deadline)
 * @param poll     waits between listings while a file is missing or incomplete (bounded by the deadline)
 * @param retries  attempts and waits on connection loss or a failed verification
 * @param maxFileBytes a larger remote file is refused
 */
public record SourceConfig(String name, SftpEndpoint endpoint, String remoteDir, String pattern, String layout,
                           int minFiles, Completeness completeness, Deadline deadline, Backoff poll,
                           Backoff retries, long maxFileBytes) {

    public SourceConfig {
        SftpEndpoint.require(name != null && name.matches("[A-Za-z0-9_-]{1,40}"), "name",
                "expected 1-40 letters, digits, _ or -, got '" + name + "'");
        Objects.requireNonNull(endpoint, "endpoint");
        SftpEndpoint.require(remoteDir != null && !remoteDir.isBlank(), "remoteDir", "missing in source " + name);
        SftpEndpoint.require(pattern != null && !pattern.isBlank() && !pattern.contains("/"), "pattern",
                "missing or contains '/' in source " + name);
        try {
            FileNamePattern.compile(pattern);
        } catch (IllegalArgumentException e) {
            SftpEndpoint.require(false, "pattern", e.getMessage() + " (source " + name + ")");
        }
        SftpEndpoint.require(layout != null && !layout.isBlank(), "layout", "missing in source " + name);
        SftpEndpoint.require(minFiles >= 1 && minFiles <= 1000, "minFiles", "expected 1..1000 in source " + name);
        Objects.requireNonNull(completeness, "completeness");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(poll, "poll");
        Objects.requireNonNull(retries, "retries");
        SftpEndpoint.require(maxFileBytes > 0, "maxFileBytes", "must be positive in source " + name);
    }

    /**
     * True when {@code fileNames} (a landing folder's) already hold this source's files of D: at least
     * {@code minFiles} names match its pattern, so there is nothing left to fetch from it.
     */
    public boolean satisfiedBy(Collection<String> fileNames, BusinessDate date) {
        FileNamePattern names = FileNamePattern.compile(pattern);
        return fileNames.stream().filter(n -> names.matches(n, date)).count() >= minFiles;
    }

    /** {@code sftp://user@host:port/dir/pattern}, for logs and status. */
    public String describe() {
        return "sftp://" + endpoint.describe() + remoteDir + (remoteDir.endsWith("/") ? "" : "/") + pattern;
    }
}
