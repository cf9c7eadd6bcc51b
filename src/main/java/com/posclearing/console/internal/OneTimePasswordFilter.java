package com.posclearing.console.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a user who logged in with a one-time password on the password page until they set their own: a page is
 * redirected there, any other request refused with 403, so a handed-over password cannot move money.
 */
final class OneTimePasswordFilter extends OncePerRequestFilter {
    static final String AUTHORITY = "PASSWORD_CHANGE_REQUIRED";
    static final String PAGE = "/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!mustChange(SecurityContextHolder.getContext().getAuthentication()) || path.equals(PAGE) || path.equals("/logout")
                || path.startsWith("/css/")) {
            chain.doFilter(request, response);
        } else if ("GET".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + PAGE);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "set your own password first (" + PAGE + ")");
        }
    }

    private static boolean mustChange(Authentication auth) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> AUTHORITY.equals(a.getAuthority()));
    }
}
