package com.posclearing.transfer.batch;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.MerchantId;
import com.posclearing.support.ClearingProperties;
import com.posclearing.support.PausePoint;
import com.posclearing.support.files.OutputPaths;
import com.posclearing.refdata.Merchant;
import com.posclearing.refdata.RefData;
import com.posclearing.refdata.StatementDelivery;
import com.posclearing.transfer.DeliveryFailedException;
import com.posclearing.transfer.DeliveryRecord;
import com.posclearing.transfer.DeliveryTarget;
import com.posclearing.transfer.SftpDelivery;
import com.posclearing.transfer.TransferConfig;
import com.posclearing.transfer.mail.MailRecord;
import com.posclearing.transfer.mail.MailResult;
import com.posclearing.transfer.mail.StatementMail;
import com.posclearing.transfer.mail.StatementMailer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Delivers D's outputs to the targets of {@code sources.yaml} (the job's {@code deliver} step): the payout file, then
 * its control file, to the bank — after which D's payouts are frozen (SPEC 3.3) — then each merchant's statement pair
 * to its group's target, or by e-mail ({@link StatementMailer}) as its {@code delivery} in merchants.csv says. Every
 * delivery is verified and recorded; a file already delivered with the same content is not sent again, so restarts and
 * reruns are safe. Targets on placeholder hosts count as not configured.
 */
@Service
public class OutputDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(OutputDelivery.class);
    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager tm;
    private final TransferSettings transfers;
    private final ClearingProperties props;
    private final RefData refData;
    private final StatementMailer mailer;

    OutputDelivery(JdbcTemplate jdbc, PlatformTransactionManager tm, TransferSettings transfers, ClearingProperties props,
            RefData refData, StatementMailer mailer) {
        this.jdbc = jdbc;
        this.tm = tm;
        this.transfers = transfers;
        this.props = props;
        this.refData = refData;
        this.mailer = mailer;
    }

    /**
     * What one delivery pass did.
     *
     * @param sent             files uploaded and verified now
     * @param alreadyDelivered files found delivered earlier with the same content (not sent)
     * @param payoutsFrozen    payouts of D marked delivered by this pass
     * @param placeholderHosts hosts of targets skipped as not configured
     * @param bankDelivered    the payout pair is at the bank (sent now or before); false when no bank target is configured
     * @param mails            the statements of merchants that take them by e-mail, and what became of each
     */
    public record Result(BusinessDate date, int sent, int alreadyDelivered, int payoutsFrozen, List<String> placeholderHosts,
            boolean bankDelivered, List<MailResult> mails) {
        public Result {
            placeholderHosts = List.copyOf(placeholderHosts);
            mails = List.copyOf(mails);
        }
    }

    /**
     * Delivers D's outputs written by run {@code runNo}. E-mails that still fail after all their attempts fail the step
     * (after everything else was delivered) with a sentence naming them; they stay PENDING and a restart sends them.
     */
    public Result deliver(BusinessDate d, int runNo) {
        TransferConfig config = transfers.config();
        DeliveryStore store = new DeliveryStore(jdbc, tm, d);
        Pass pass = new Pass(store, new SftpDelivery(store));
        OutputPaths paths = new OutputPaths(props.outDir(), d);
        int frozen = 0;
        Optional<DeliveryTarget> bank = config.bank().filter(t -> configured(t, pass));
        if (bank.isPresent()) {
            pass.send(paths.payoutCsv(), bank.get());
            PausePoint.reached("delivery", props.dataDir()); // the payout file at the bank, its control file not yet
            DeliveryRecord ctl = pass.send(paths.payoutCtl(), bank.get());
            frozen = store.markPayoutsDelivered(ctl.deliveredAt());
            LOG.info("payout file of {} is at the bank: {} payouts frozen now", d, frozen);
        } else {
            LOG.warn("delivery to the bank is not configured in {}: the payout file of {} was not delivered and its payouts"
                    + " stay open", transfers.origin(), d);
        }
        List<StatementMail> mails = new ArrayList<>();
        for (MerchantId merchant : merchantsWithStatements(paths)) {
            Optional<Merchant> row = refData.get().merchant(merchant);
            StatementDelivery how = row.map(Merchant::delivery).orElse(StatementDelivery.SFTP);
            if (how.byEmail()) {
                mails.add(StatementMail.ofMerchant(merchant.value(), row.orElseThrow().name(), d.toString(), runNo,
                        row.orElseThrow().email(), List.of(paths.statementXlsx(merchant), paths.statementCsv(merchant))));
            }
            Optional<DeliveryTarget> target = config.statementTarget(merchant).filter(t -> how.bySftp() && configured(t, pass));
            if (target.isEmpty()) {
                continue;
            }
            // one folder per business date: a merchant keeps every day's statement, not only the last one
            DeliveryTarget t = target.get();
            DeliveryTarget ofDate = new DeliveryTarget(t.name() + "/" + d.compact(), t.endpoint(), t.remoteDir() + "/"
                    + d.compact(), t.verifyChecksum(), t.replace(), true, t.retries());
            pass.send(paths.statementXlsx(merchant), ofDate);
            pass.send(paths.statementCsv(merchant), ofDate);
        }
        if (config.merchantGroups().isEmpty()) {
            LOG.info("statement delivery is not configured in {}", transfers.origin());
        }
        List<MailResult> mailed = mailer.send(mails);
        LOG.info("deliveries of {}: {} files sent, {} already delivered; {} statements by e-mail ({} sent now, {} pending)", d,
                pass.sent, pass.already, mailed.size(), mailed.stream().filter(MailResult::sentNow).count(),
                mailed.stream().filter(MailResult::pending).count());
        List<MailResult> failed = mailed.stream().filter(MailResult::failed).toList();
        if (!failed.isEmpty()) {
            throw new DeliveryFailedException(MailResult.failedSentence(failed, "statements of " + d,
                    "ops/settle restart --date " + d + " sends them"), null);
        }
        sweepEarlierMails(d);
        return new Result(d, pass.sent, pass.already, frozen, pass.notConfigured, bank.isPresent(), mailed);
    }

    /**
     * Sends again the merchants' statement mails of earlier dates still PENDING (no server configured then, or every
     * attempt failed and the date was finished without them), with that date's files and under their Message-IDs: the
     * mailer's log sends nothing twice. What fails again stays PENDING for the next night, with a WARN; D is not failed
     * for an earlier date's mail. Without a server nothing is read: they wait for one.
     */
    private void sweepEarlierMails(BusinessDate d) {
        if (!mailer.configured()) {
            return;
        }
        List<StatementMail> mails = new ArrayList<>();
        for (MailRecord r : mailer.merchantsPendingBefore(d.toString())) {
            MerchantId merchant = MerchantId.of(r.party().substring(r.party().indexOf(':') + 1));
            OutputPaths paths = new OutputPaths(props.outDir(), BusinessDate.parse(r.period()));
            List<Path> files = List.of(paths.statementXlsx(merchant), paths.statementCsv(merchant));
            Optional<Merchant> row = refData.get().merchant(merchant).filter(m -> m.delivery().byEmail());
            if (row.isEmpty() || !files.stream().allMatch(Files::isRegularFile)) {
                LOG.warn("statement mail {} of {} stays PENDING: {}", r.messageId(), r.period(), row.isEmpty()
                        ? "the merchant no longer takes its statements by e-mail" : "its files are gone from " + paths.dateDir());
                continue;
            }
            mails.add(StatementMail.ofMerchant(merchant.value(), row.get().name(), r.period(), r.runNo(), row.get().email(),
                    files));
        }
        List<MailResult> swept = mailer.send(mails);
        if (!swept.isEmpty()) {
            LOG.info("statement mails of earlier dates still pending: {} ({} sent now, {} still pending)", swept.size(),
                    swept.stream().filter(MailResult::sentNow).count(), swept.stream().filter(MailResult::pending).count());
        }
    }

    /**
     * Sends a payout file and then its control file to the bank, recorded under business date {@code d} like the
     * night's (the monthly agent payout file, SPEC 3.5). Returns when the control file arrived, or empty when no bank
     * target is configured (nothing sent).
     */
    public Optional<Instant> deliverToBank(BusinessDate d, Path csv, Path ctl) {
        DeliveryStore store = new DeliveryStore(jdbc, tm, d);
        Pass pass = new Pass(store, new SftpDelivery(store));
        Optional<DeliveryTarget> bank = transfers.config().bank().filter(t -> configured(t, pass));
        if (bank.isEmpty()) {
            LOG.warn("delivery to the bank is not configured in {}: {} was not delivered", transfers.origin(), csv.getFileName());
            return Optional.empty();
        }
        pass.send(csv, bank.get());
        return Optional.of(pass.send(ctl, bank.get()).deliveredAt());
    }

    /** Verified deliveries of D, oldest first. */
    public List<DeliveryRecord> delivered(BusinessDate d) {
        return new DeliveryStore(jdbc, tm, d).ofDate();
    }

    private static boolean configured(DeliveryTarget t, Pass pass) {
        if (TransferSettings.placeholder(t.endpoint())) {
            if (!pass.notConfigured.contains(t.endpoint().host())) {
                pass.notConfigured.add(t.endpoint().host());
                LOG.info("{} has the placeholder host {}: not configured, nothing is delivered there", t.name(),
                        t.endpoint().host());
            }
            return false;
        }
        return true;
    }

    private static List<MerchantId> merchantsWithStatements(OutputPaths paths) {
        Path dir = paths.dateDir().resolve("statements");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{15}\\.xlsx"))
                    .map(n -> MerchantId.of(n.substring(0, 15))).sorted(java.util.Comparator.comparing(MerchantId::value)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Counts what is sent and what was there already. */
    private static final class Pass {
        private final DeliveryStore store;
        private final SftpDelivery delivery;
        private final List<String> notConfigured = new ArrayList<>();
        private int sent;
        private int already;

        Pass(DeliveryStore store, SftpDelivery delivery) {
            this.store = store;
            this.delivery = delivery;
        }

        DeliveryRecord send(Path file, DeliveryTarget target) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(file + " does not exist: the reports or statements step did not write it;"
                        + " restart the run so it is written, then delivered");
            }
            Optional<DeliveryRecord> before = store.lookup(file.getFileName().toString(), target.name());
            DeliveryRecord done = delivery.deliver(file, target);
            if (before.isPresent() && before.get().equals(done)) {
                already++;
            } else {
                sent++;
            }
            return done;
        }
    }
}
