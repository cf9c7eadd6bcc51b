package com.posclearing.console.internal;

import com.posclearing.console.ConsoleRole;
import com.posclearing.console.ConsoleUsers;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may do what in the console (SPEC 6): form login for every page (HTTP Basic too, for a metrics scraper), only
 * liveness open; every change a POST with a CSRF token; roles per path; the headers that keep the pages out of frames
 * and scripts from elsewhere. That a checker is not the maker is the domain's rule ({@code Break.approve}), not this.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleSecurity {
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain console(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/actuator/health/liveness", "/login", "/css/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/breaks/*/approve", "/breaks/*/refuse").hasRole(ConsoleRole.APPROVER.name())
                .requestMatchers(HttpMethod.POST, "/breaks/**", "/actions/**").hasRole(ConsoleRole.OPERATOR.name())
                .requestMatchers("/users/**").hasRole(ConsoleRole.ADMIN.name())
                .requestMatchers(OneTimePasswordFilter.PAGE).authenticated()
                .requestMatchers(HttpMethod.GET, "/**").hasRole(ConsoleRole.VIEWER.name())
                .requestMatchers(HttpMethod.POST, "/logout").authenticated()
                .anyRequest().denyAll())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/runs", true).permitAll())
                .httpBasic(Customizer.withDefaults())
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                .addFilterAfter(new OneTimePasswordFilter(), AuthorizationFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(ConsoleRole.hierarchy());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Users of the configuration first (clearing.console.users.NAME.*), then those of the database. */
    @Bean
    UserDetailsService consoleUserDetails(ConsoleSettings settings, ConsoleUsers stored) {
        Map<String, ConsoleSettings.ConfiguredUser> configured = settings.users() == null ? Map.of() : settings.users();
        configured.forEach((name, u) -> {
            if (u.passwordHash() == null || !BCRYPT.matcher(u.passwordHash()).matches()) {
                throw new IllegalStateException("clearing.console.users." + name + ".password-hash is not a bcrypt hash"
                        + " ($2a$/$2b$/$2y$...); make one with: htpasswd -nbBC 12 " + name + " PASSWORD");
            }
        });
        return name -> {
            ConsoleSettings.ConfiguredUser c = configured.get(name);
            if (c != null) {
                return User.withUsername(name).password(c.passwordHash()).roles(c.role().name()).build();
            }
            return stored.find(name).map(u -> User.withUsername(u.name()).password(u.passwordHash())
                            .authorities(AuthorityUtils.createAuthorityList(u.mustChangePassword()
                                    ? new String[] {"ROLE_" + u.role().name(), OneTimePasswordFilter.AUTHORITY}
                                    : new String[] {"ROLE_" + u.role().name()})).build())
                    .orElseThrow(() -> new UsernameNotFoundException(name));
        };
    }
}
