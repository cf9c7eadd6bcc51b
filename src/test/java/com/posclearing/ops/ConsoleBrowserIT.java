package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The console in a real browser (Debian's headless Chromium) over a database prepared by {@code demo}: login per role,
 * the runs and their chart, break filters, maker-checker through the pages, CSRF, a VIEWER's POST, a statement
 * download byte for byte, and a rerun from the actions page. The demo runs the sample dates but the last, which the
 * test runs after a break is approved in the browser, so that date's statement carries the adjustment.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Pattern DEMO_USER = Pattern.compile("console user (\\w+) \\((\\w+)\\), one-time password (\\S+)");
    private static final Pattern ADDED_USER = Pattern.compile("console user (\\w+) \\((\\w+)\\) created; one-time password: (\\S+)");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String LAST_DATE = "2027-01-02";

    @TempDir
    static Path work;
    static final Map<String, String> PASSWORDS = new HashMap<>();
    static ConfigurableApplicationContext app;
    static String base;
    ChromeDriver browser;
    Path downloads;

    @BeforeAll
    static void demoThenConsole() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(present, "no /usr/bin/chromium + chromedriver: bash ops/ci/install-chromium.sh");
        }
        String data = work.resolve("data").toString();
        String out = work.resolve("out").toString();
        Path firstDates = splitSamples(Path.of("sample-files"), work.resolve("samples"), work.resolve("last-date"));
        Cli.Result demo = Cli.run("demo", "--samples", firstDates.toString(), "--data", data, "--out", out);
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        collect(DEMO_USER, demo.out());
        assertThat(PASSWORDS).containsOnlyKeys("alice", "bob");
        for (String[] u : List.of(new String[] {"vera", "VIEWER"}, new String[] {"carl", "APPROVER"}, new String[] {"adam", "ADMIN"})) {
            Cli.Result added = Cli.run("console", "--add-user", u[0], "--role", u[1], "--data", data, "--out", out);
            assertThat(added.exitCode()).as(added.err()).isZero();
            collect(ADDED_USER, added.out());
        }
        CommonOptions options = new CommonOptions();
        options.dataDir = Path.of(data);
        options.outDir = Path.of(out);
        options.operator = "console-it";
        app = ConsoleCommand.start(options, "--server.port=0");
        base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    /** Copies the samples to {@code first}, but the files of {@link #LAST_DATE}, which go to {@code last}. */
    private static Path splitSamples(Path samples, Path first, Path last) throws IOException {
        String yyyyMMdd = LAST_DATE.replace("-", "");
        Files.createDirectories(first);
        Files.createDirectories(last);
        try (Stream<Path> files = Files.list(samples)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                boolean lastDate = name.contains(yyyyMMdd) || name.startsWith("IND" + yyyyMMdd.substring(2));
                Files.copy(f, (lastDate ? last : first).resolve(name));
            }
        }
        return first;
    }

    private static void collect(Pattern p, String out) {
        Matcher m = p.matcher(out);
        while (m.find()) {
            PASSWORDS.put(m.group(1), m.group(3));
        }
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void browser() throws Exception {
        downloads = Files.createDirectories(work.resolve("downloads-" + System.nanoTime()));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--user-data-dir=" + Files.createTempDirectory(work, "chromium-profile"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void anonymousGoesToTheLoginPage() {
        browser.get(base + "/breaks");
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/login");
        assertThat(browser.findElements(By.id("username"))).hasSize(1);
    }

    @Test
    @Order(2)
    void everyRoleLogsIn() {
        for (String user : List.of("alice", "bob", "vera", "carl", "adam")) {
            login(user);
            assertThat(browser.findElement(By.id("who")).getText()).isEqualTo(user);
            browser.findElement(By.cssSelector("form.logout button")).click();
            waitForUrl(base + "/login?logout");
        }
        browser.get(base + "/login");
        type("username", "alice");
        type("password", "not-her-password");
        browser.findElement(By.id("login")).click();
        waitForUrl(base + "/login?error");
    }

    @Test
    @Order(3)
    void runsAndTheirChart() throws Exception {
        login("vera");
        assertThat(browser.findElements(By.cssSelector("#runs tbody tr"))).hasSize(3);
        new WebDriverWait(browser, WAIT).until(d -> "3".equals(d.findElement(By.id("chart")).getAttribute("data-rendered")));
        assertThat(browser.findElements(By.cssSelector("#chart canvas"))).isNotEmpty();
        Path shot = Path.of("target", "console-runs.png");
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.findElement(By.linkText("1")).click();
        assertThat(browser.findElements(By.cssSelector("#steps tbody tr"))).hasSize(8);
        assertThat(browser.findElement(By.id("balanced")).getText()).isEqualTo("true");
    }

    @Test
    @Order(4)
    void filterBreaks() {
        login("vera");
        browser.get(base + "/breaks");
        int all = Integer.parseInt(browser.findElement(By.id("count")).getText());
        new Select(browser.findElement(By.name("state"))).selectByValue("PROPOSED");
        browser.findElement(By.id("apply-filter")).click();
        new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().contains("state=PROPOSED"));
        assertThat(browser.findElement(By.id("count")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("#breaks tbody tr td.state")).getText()).isEqualTo("PROPOSED");
        new Select(browser.findElement(By.name("state"))).selectByValue("APPROVED");
        browser.findElement(By.id("apply-filter")).click();
        new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().contains("state=APPROVED"));
        assertThat(browser.findElement(By.id("count")).getText()).isEqualTo("1");
        assertThat(all).isGreaterThan(2);
    }

    @Test
    @Order(5)
    void makerAndCheckerThroughThePages() throws Exception {
        login("alice");
        List<String> cells = openRowAllowing("BANK_WINS").findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        String first = proposeFirstOpen("BANK_WINS", "slip checked in the browser");
        assertThat(flash("done").getText()).isEqualTo(first + " is PROPOSED (BANK_WINS)");
        // alice is an OPERATOR: approving is not hers to do
        assertThat(postFromPage("/breaks/" + first + "/approve", true)).isEqualTo(403);

        login("carl");
        String second = proposeFirstOpen("TERMINAL_WINS", "carl proposes and tries to approve");
        browser.findElement(By.cssSelector("tr[id='" + second + "'] form.approve button")).click();
        assertThat(flash("refused").getText())
                .contains(second).contains("was proposed by carl, who may not approve it too");

        login("bob");
        browser.get(base + "/breaks");
        browser.findElement(By.cssSelector("tr[id='" + first + "'] form.approve button")).click();
        assertThat(flash("done").getText())
                .isEqualTo(first + " is APPROVED (BANK_WINS); applied by the settlement of " + LAST_DATE);
        browser.get(base + "/audit");
        assertThat(browser.findElement(By.id("events")).getText()).contains("bob").contains(first);

        // the next night, run as the schedule would, settles the adjustment: the merchant's statement names it
        Cli.Result night = Cli.run("run", "--date", LAST_DATE, "--from-dir", work.resolve("last-date").toString(),
                "--data", work.resolve("data").toString(), "--out", work.resolve("out").toString());
        assertThat(night.exitCode()).as(night.err()).isZero();
        String merchant = cells.get(4);
        String statement = new String(download(LAST_DATE, "statements/" + merchant + ".csv"), StandardCharsets.UTF_8);
        String originalDate = cells.get(1);
        String rrn = cells.get(6);
        String bankYuan = cells.get(8);
        assertThat(statement.lines().filter(l -> l.contains(",ADJUSTMENT,") && l.contains(rrn)))
                .singleElement().satisfies(l -> assertThat(l).startsWith(merchant + "," + LAST_DATE + "," + originalDate + ",")
                        .contains(",ADJUSTMENT," + bankYuan + ","));
    }

    @Test
    @Order(6)
    void postWithoutCsrfIs403AndViewerCannotPost() {
        login("alice");
        assertThat(postFromPage("/actions/rerun", false)).isEqualTo(403);
        login("vera");
        assertThat(postFromPage("/actions/rerun", true)).isEqualTo(403);
        assertThat(postFromPage("/breaks/BRK-20261230-T-58120201-261230000009/propose", true)).isEqualTo(403);
    }

    @Test
    @Order(7)
    void downloadAStatement() throws Exception {
        login("vera");
        browser.get(base + "/downloads?date=2026-12-30");
        String relative = browser.findElements(By.cssSelector("#downloads a")).stream().map(WebElement::getText)
                .filter(t -> t.matches("statements/\\d+\\.xlsx")).findFirst().orElseThrow();
        download("2026-12-30", relative);
    }

    /** Downloads a file of a date through its link on the downloads page; its bytes, checked against the output folder. */
    private byte[] download(String date, String relative) throws Exception {
        browser.get(base + "/downloads?date=" + date);
        browser.findElements(By.cssSelector("#downloads a")).stream().filter(a -> a.getText().equals(relative))
                .findFirst().orElseThrow().click();
        Path expected = work.resolve("out").resolve(date.replace("-", "")).resolve(relative);
        Path got = downloads.resolve(expected.getFileName().toString());
        new WebDriverWait(browser, WAIT).until(d -> Files.exists(got) && noPartial());
        assertThat(Files.readAllBytes(got)).isEqualTo(Files.readAllBytes(expected));
        return Files.readAllBytes(got);
    }

    @Test
    @Order(8)
    void rerunFromTheActionsPage() throws Exception {
        login("alice");
        browser.get(base + "/actions");
        new Select(browser.findElement(By.cssSelector("#rerun select[name=date]"))).selectByValue("2027-01-02");
        browser.findElement(By.cssSelector("#rerun input[name=reason]")).sendKeys("browser test rerun");
        Path paused = work.resolve("data").resolve("statements.paused");
        System.setProperty("clearing.pause-at", "statements");
        try {
            browser.findElement(By.cssSelector("#rerun button")).click();
            assertThat(flash("done").getText()).isEqualTo("rerun of 2027-01-02 started");
            new WebDriverWait(browser, Duration.ofMinutes(3)).pollingEvery(Duration.ofMillis(200)).until(d -> Files.exists(paused));
        } finally {
            System.clearProperty("clearing.pause-at");
        }
        // held inside statements, the sixth step of eight: the page's bar stands at five
        browser.get(base + "/actions");
        assertThat(browser.findElement(By.cssSelector("#progress h2")).getText()).isEqualTo("2027-01-02 run 2 is running");
        assertThat(browser.findElement(By.cssSelector("#progress progress")).getAttribute("value")).isEqualTo("5");
        assertThat(browser.findElement(By.cssSelector("#progress span")).getText()).isEqualTo("5 of 8 steps done");
        Files.writeString(work.resolve("data").resolve("statements.release"), "go");
        new WebDriverWait(browser, Duration.ofMinutes(3)).pollingEvery(Duration.ofMillis(500)).until(d -> {
            d.get(base + "/actions");
            return d.findElements(By.id("last")).stream().anyMatch(e -> e.getText().contains("run 2 of 2027-01-02"));
        });
        assertThat(browser.findElement(By.id("last")).getText()).isEqualTo("Last action: alice: run 2 of 2027-01-02 COMPLETED");
        browser.get(base + "/runs/2027-01-02/2");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("2027-01-02 run 2: COMPLETED");
        assertThat(browser.findElements(By.id("diff"))).hasSize(1);
    }

    private WebElement openRowAllowing(String action) {
        browser.get(base + "/breaks?state=OPEN");
        return browser.findElements(By.cssSelector("#breaks tbody tr")).stream()
                .filter(r -> !r.findElements(By.cssSelector("form.propose option[value=" + action + "]")).isEmpty())
                .findFirst().orElseThrow();
    }

    private String proposeFirstOpen(String action, String reason) {
        WebElement row = openRowAllowing(action);
        String id = row.getAttribute("id");
        new Select(row.findElement(By.cssSelector("form.propose select"))).selectByValue(action);
        row.findElement(By.cssSelector("form.propose input[name=reason]")).sendKeys(reason);
        row.findElement(By.cssSelector("form.propose button")).click();
        return id;
    }

    /** A POST from the page's own JavaScript context, with or without the page's CSRF token; its HTTP status. */
    private int postFromPage(String path, boolean withToken) {
        browser.get(base + "/runs");
        String script = "const done = arguments[arguments.length - 1];"
                + "const body = new URLSearchParams({date: '2027-01-02', reason: 'x', action: 'BANK_WINS'});"
                + (withToken ? "body.append('_csrf', document.querySelector('form.logout input[name=_csrf]').value);" : "")
                + "fetch(arguments[0], {method: 'POST', body: body, redirect: 'manual', credentials: 'same-origin'})"
                + ".then(r => done(r.status));";
        return ((Number) ((JavascriptExecutor) browser).executeAsyncScript(script, path)).intValue();
    }

    /** Logs in; at a user's first login the one-time password opens only the password page, so the user sets their own. */
    private void login(String user) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login");
        type("username", user);
        type("password", PASSWORDS.get(user));
        browser.findElement(By.id("login")).click();
        new WebDriverWait(browser, WAIT).until(d -> !d.getCurrentUrl().equals(base + "/login"));
        assertThat(browser.getCurrentUrl()).as("where the login of " + user + " led").isIn(base + "/runs", base + "/password");
        if (browser.getCurrentUrl().equals(base + "/password")) {
            browser.get(base + "/breaks");
            waitForUrl(base + "/password");
            String own = user + "-own-" + PASSWORDS.get(user);
            type("current", PASSWORDS.get(user));
            type("new", own);
            type("repeat", own);
            browser.findElement(By.id("set-password")).click();
            waitForUrl(base + "/login?changed");
            PASSWORDS.put(user, own);
            login(user);
        }
    }

    /** The message of the page a form's submit leads to, once that page has loaded. */
    private WebElement flash(String id) {
        return new WebDriverWait(browser, WAIT).until(d -> d.findElements(By.id(id)).stream().findFirst().orElse(null));
    }

    /** A form's submit may return before the next page has loaded: wait for its address. */
    private void waitForUrl(String url) {
        new WebDriverWait(browser, WAIT).until(d -> url.equals(d.getCurrentUrl()));
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private boolean noPartial() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.noneMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return false;
        }
    }
}
