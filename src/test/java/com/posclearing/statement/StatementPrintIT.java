package com.posclearing.statement;

import static com.posclearing.statement.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.agents.AgentMonth;
import com.posclearing.payout.PayoutReason;
import com.posclearing.refdata.AgentStatus;
import com.posclearing.support.files.AgentMonthPaths;
import com.posclearing.support.files.OutputPaths;
import com.posclearing.support.i18n.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Statements printed by LibreOffice as a merchant would print them: each sheet of a small statement fits on one page
 * (it took 8 pages before the page setup). The workbooks and PDFs stay in {@code target/statement-print/} to look at.
 */
class StatementPrintIT {
    private static final Path OUT = Path.of("target/statement-print");

    @Test
    void aFiveLineMerchantStatementPrintsOnOnePageASheet() throws Exception {
        assertThat(Soffice.pages(merchantPdf("merchant", 5))).isEqualTo(3);
    }

    /** Fit to the page's width, not its height: the transactions run down more pages, every column on each. */
    @Test
    void longTransactionsRunDownThePagesNotAcross() throws Exception {
        assertThat(Soffice.pages(merchantPdf("long", 200))).isEqualTo(7); // summary, 5 of transactions, pending
    }

    @Test
    void anAgentStatementPrintsOnOnePageASheet() throws Exception {
        Soffice.require();
        Path out = fresh("agent");
        YearMonth month = YearMonth.of(2026, 12);
        AgentMonth m = new AgentMonth(month, "AG-SH-JA", AgentStatus.ACTIVE, 0, 530, 0, 0, 530, 0, 0,
                LocalDate.of(2027, 1, 4), PayoutReason.PAID);
        List<AgentStatementLine> lines = IntStream.rangeClosed(1, 5).mapToObj(i -> new AgentStatementLine(
                "89831005812000" + i, "上海静安百货有限公司", "DEBIT", "SALE", i, 10_000 * i, 50 * i, 30 * i, 20 * i)).toList();
        Path xlsx = new AgentStatementWriter(Language.CHINESE, ACQUIRER).write(new AgentMonthPaths(out, month), m, "静安代理", lines)
                .xlsx();
        assertThat(Soffice.pages(Soffice.toPdf(xlsx, out.resolve("pdf")))).isEqualTo(2);
    }

    private static Path merchantPdf(String name, int lineCount) throws Exception {
        Soffice.require();
        Path out = fresh(name);
        List<StatementLine> lines = IntStream.rangeClosed(1, lineCount).mapToObj(i -> sale(i, 10_000 * i, 6 * i)).toList();
        Path xlsx = new StatementWriter(Language.CHINESE, ACQUIRER).write(new OutputPaths(out, DATE), header("测试商户"), lines,
                List.of(pending())).xlsx();
        return Soffice.toPdf(xlsx, out.resolve("pdf"));
    }

    private static Path fresh(String name) throws IOException {
        Path dir = OUT.resolve(name);
        FileSystemUtils.deleteRecursively(dir);
        return Files.createDirectories(dir);
    }
}
