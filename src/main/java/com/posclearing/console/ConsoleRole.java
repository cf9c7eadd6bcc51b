package com.posclearing.console;

/**
 * What a console user may do (SPEC 6). An APPROVER may also do what an OPERATOR does (the domain still refuses to let
 * anyone approve their own proposal); ADMIN manages users and reads, nothing more, so no one account both administers
 * users and moves money.
 */
public enum ConsoleRole {
    /** Reads every page and download. */
    VIEWER,
    /** Proposes resolutions, imports the break workbook, reruns and restarts. */
    OPERATOR,
    /** Approves and refuses proposals. */
    APPROVER,
    /** Creates users. */
    ADMIN;

    /** Spring Security's role hierarchy of the roles above. */
    public static String hierarchy() {
        return "ROLE_ADMIN > ROLE_VIEWER\nROLE_APPROVER > ROLE_OPERATOR\nROLE_OPERATOR > ROLE_VIEWER";
    }
}
