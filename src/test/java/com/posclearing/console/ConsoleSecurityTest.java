package com.posclearing.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.posclearing.reliability.Proves;
import com.posclearing.support.AuditLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The security of every console endpoint (SPEC 6), on the servlet application over an empty in-memory database: who
 * may GET, who may POST, that a POST needs its CSRF token, that only liveness is open, that a download cannot leave the
 * output folder, and the headers.
 */
@SpringBootTest(properties = {"spring.main.web-application-type=servlet",
    "spring.datasource.url=jdbc:h2:mem:console_security;DB_CLOSE_DELAY=-1", "logging.file.name=",
    "clearing.console.users.carol.role=VIEWER"})
@Proves("every console endpoint: login required, role enforced, no change without CSRF token, downloads cannot leave their folder")
@AutoConfigureMockMvc
class ConsoleSecurityTest {
    private static final String CAROL_PASSWORD = "carol-secret-1";
    private static final byte[] STATEMENT = "merchant_id,business_date\r\n812000000000001,2026-12-30\r\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final Path ROOT = tempDir();

    /** Every page and file a logged-in VIEWER may read. */
    static final List<String> PAGES = List.of("/", "/runs", "/runs/trend.json", "/breaks", "/breaks?state=OPEN&minAgeDays=2",
            "/actions", "/downloads", "/downloads?date=2026-12-30", "/downloads/2026-12-30/file?path=statements/812000000000001.csv",
            "/audit", "/scheduler", "/actuator/health", "/actuator/prometheus");

    /** Every change, with the role it needs. */
    static final List<Change> CHANGES = List.of(
            new Change("/breaks/BRK-20261230-T-58120201-261230000009/propose", ConsoleRole.OPERATOR, "action", "BANK_WINS", "reason", "checked"),
            new Change("/breaks/BRK-20261230-T-58120201-261230000009/approve", ConsoleRole.APPROVER),
            new Change("/breaks/BRK-20261230-T-58120201-261230000009/refuse", ConsoleRole.APPROVER, "reason", "wrong"),
            new Change("/actions/rerun", ConsoleRole.OPERATOR, "date", "2026-12-30", "reason", "rate corrected"),
            new Change("/actions/restart", ConsoleRole.OPERATOR, "date", "2026-12-30"),
            new Change("/users", ConsoleRole.ADMIN, "name", "dave", "role", "VIEWER"));

    record Change(String path, ConsoleRole needs, String... params) {
        MockHttpServletRequestBuilder request() {
            MockHttpServletRequestBuilder r = post(path);
            for (int i = 0; i < params.length; i += 2) {
                r.param(params[i], params[i + 1]);
            }
            return r;
        }

        @Override
        public String toString() {
            return path;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    @Autowired
    ConsoleUsers users;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("clearing.data-dir", () -> ROOT.resolve("data").toString());
        registry.add("clearing.out-dir", () -> ROOT.resolve("out").toString());
        registry.add("clearing.console.users.carol.password-hash", () -> new BCryptPasswordEncoder().encode(CAROL_PASSWORD));
    }

    static Stream<String> pages() {
        return PAGES.stream();
    }

    static Stream<Change> changes() {
        return CHANGES.stream();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void anonymousPageGoesToTheLoginPage(String page) throws Exception {
        mvc.perform(get(page).accept(MediaType.TEXT_HTML)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void anonymousScriptGets401(String page) throws Exception {
        mvc.perform(get(page).accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
    }

    @ParameterizedTest
    @MethodSource("pages")
    void viewerReadsEveryPage(String page) throws Exception {
        mvc.perform(get(page).with(user("v").roles("VIEWER"))).andExpect(status().is(page.equals("/") ? 302 : 200));
    }

    @Test
    void onlyLivenessAndTheLoginPageAreOpen() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness").accept(MediaType.TEXT_HTML)).andExpect(status().isFound());
    }

    @ParameterizedTest
    @MethodSource("changes")
    void anonymousChangeIsRefused(Change c) throws Exception {
        mvc.perform(c.request().with(csrf()).accept(MediaType.TEXT_HTML)).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @MethodSource("changes")
    void changeWithoutCsrfTokenIs403(Change c) throws Exception {
        mvc.perform(c.request().with(user("x").roles(c.needs().name()))).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @MethodSource("changes")
    void viewerCannotChangeAnything(Change c) throws Exception {
        mvc.perform(c.request().with(csrf()).with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @MethodSource("changes")
    void eachChangeIsAllowedToItsRoleOnly(Change c) throws Exception {
        mvc.perform(c.request().with(csrf()).with(user("ok").roles(c.needs().name()))).andExpect(status().isFound());
        for (ConsoleRole other : ConsoleRole.values()) {
            boolean implied = other == c.needs() || other == ConsoleRole.APPROVER && c.needs() == ConsoleRole.OPERATOR;
            if (!implied) {
                mvc.perform(c.request().with(csrf()).with(user("no").roles(other.name()))).andExpect(status().isForbidden());
            }
        }
    }

    @Test
    void breakImportNeedsOperatorAndCsrf() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "breaks.xlsx", "application/octet-stream", new byte[] {1, 2, 3});
        mvc.perform(multipart("/breaks/import").file(file).with(user("v").roles("VIEWER")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/breaks/import").file(file).with(user("o").roles("OPERATOR"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/breaks/import").file(file).with(user("o").roles("OPERATOR")).with(csrf())).andExpect(status().isFound());
    }

    @Test
    void usersPageIsForAdminOnly() throws Exception {
        mvc.perform(get("/users").with(user("a").roles("ADMIN"))).andExpect(status().isOk());
        for (String role : List.of("VIEWER", "OPERATOR", "APPROVER")) {
            mvc.perform(get("/users").with(user("x").roles(role))).andExpect(status().isForbidden());
        }
    }

    @Test
    void newUserPasswordIsShownOnceAndNotAudited() throws Exception {
        Object password = mvc.perform(post("/users").param("name", "erin").param("role", "OPERATOR").with(csrf())
                .with(user("adam").roles("ADMIN"))).andExpect(status().isFound()).andReturn().getFlashMap().get("password");
        assertThat(password).asString().hasSize(16);
        assertThat(audit.recent(50)).anySatisfy(e -> assertThat(e.result()).isEqualTo("console: user erin (OPERATOR) created"))
                .allSatisfy(e -> assertThat(String.valueOf(e.result()) + e.arguments()).doesNotContain(password.toString()));
        mvc.perform(formLogin().user("erin").password(password.toString()))
                .andExpect(authenticated().withAuthentication(a -> assertThat(a.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                        .contains("ROLE_OPERATOR", "PASSWORD_CHANGE_REQUIRED")));
    }

    @Test
    void oneTimePasswordOpensOnlyThePasswordPageUntilItsOwnerSetsTheirs() throws Exception {
        String oneTime = users.create("fay", ConsoleRole.OPERATOR, "adam");
        MockHttpSession session = login("fay", oneTime);
        mvc.perform(get("/runs").session(session)).andExpect(status().isFound()).andExpect(redirectedUrl("/password"));
        mvc.perform(CHANGES.get(3).request().with(csrf()).session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/password").session(session)).andExpect(status().isOk());
        mvc.perform(post("/password").session(session).param("current", oneTime).param("new", "fay-own-secret-1")
                .param("repeat", "fay-own-secret-1")).andExpect(status().isForbidden());
        assertThat(refusal(session, "not-it", "fay-own-secret-1", "fay-own-secret-1"))
                .isEqualTo("current password: it is not the password of fay");
        assertThat(refusal(session, oneTime, "short-1", "short-1")).isEqualTo("new password: it needs at least 12 characters");
        assertThat(refusal(session, oneTime, "fay-own-secret-1", "fay-own-secret-2")).isEqualTo("repeat: the two new passwords differ");
        assertThat(refusal(session, oneTime, oneTime, oneTime))
                .isEqualTo("new password: it must differ from the current password and the user name");

        mvc.perform(post("/password").session(session).with(csrf()).param("current", oneTime).param("new", "fay-own-secret-1")
                .param("repeat", "fay-own-secret-1")).andExpect(status().isFound()).andExpect(redirectedUrl("/login?changed"));
        assertThat(audit.recent(50)).anySatisfy(e -> assertThat(e.result()).isEqualTo("console: password of fay changed"))
                .allSatisfy(e -> assertThat(String.valueOf(e.result()) + e.arguments()).doesNotContain("fay-own-secret-1"));
        mvc.perform(get("/runs").session(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin().user("fay").password(oneTime)).andExpect(unauthenticated());
        mvc.perform(get("/runs").session(login("fay", "fay-own-secret-1"))).andExpect(status().isOk());
    }

    private MockHttpSession login(String name, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(name).password(password)).andExpect(authenticated())
                .andReturn().getRequest().getSession(false);
    }

    private String refusal(MockHttpSession session, String current, String newPassword, String repeat) throws Exception {
        return (String) mvc.perform(post("/password").session(session).with(csrf()).param("current", current)
                .param("new", newPassword).param("repeat", repeat)).andExpect(status().isFound())
                .andExpect(redirectedUrl("/password")).andReturn().getFlashMap().get("refused");
    }

    @Test
    void breakExportNeedsALogin() throws Exception {
        mvc.perform(get("/breaks/export?date=2026-12-30").accept(MediaType.TEXT_HTML)).andExpect(status().isFound());
        mvc.perform(get("/breaks/export?date=2026-12-30").with(user("v").roles("VIEWER"))).andExpect(status().isOk());
    }

    @Test
    void formLoginWithAConfiguredUser() throws Exception {
        mvc.perform(formLogin().user("carol").password(CAROL_PASSWORD)).andExpect(authenticated().withUsername("carol")
                .withRoles("VIEWER"));
        mvc.perform(formLogin().user("carol").password("wrong")).andExpect(unauthenticated())
                .andExpect(redirectedUrlPattern("/login?error"));
    }

    @Test
    void loginWithoutCsrfTokenIs403() throws Exception {
        mvc.perform(post("/login").param("username", "carol").param("password", CAROL_PASSWORD)).andExpect(status().isForbidden());
    }

    @Test
    void downloadReturnsTheFileBytes() throws Exception {
        byte[] got = mvc.perform(get("/downloads/2026-12-30/file").param("path", "statements/812000000000001.csv")
                .with(user("v").roles("VIEWER"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(got).isEqualTo(STATEMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../20261231/secret.txt", "statements/../../20261231/secret.txt", "../../outside.txt",
        "/etc/passwd", "statements/..\\..\\outside.txt", "statements", ""})
    void downloadCannotLeaveTheDateFolder(String path) throws Exception {
        mvc.perform(get("/downloads/2026-12-30/file").param("path", path).with(user("v").roles("VIEWER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void securityHeaders() throws Exception {
        mvc.perform(get("/runs").with(user("v").roles("VIEWER")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")));
    }

    private static Path tempDir() {
        try {
            Path root = Files.createTempDirectory("console_security");
            Path date = root.resolve("out").resolve("20261230").resolve("statements");
            Files.createDirectories(date);
            Files.write(date.resolve("812000000000001.csv"), STATEMENT);
            Files.createDirectories(root.resolve("out").resolve("20261231"));
            Files.writeString(root.resolve("out").resolve("20261231").resolve("secret.txt"), "not of this date");
            Files.writeString(root.resolve("out").resolve("outside.txt"), "outside");
            return root;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
