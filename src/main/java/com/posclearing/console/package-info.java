/**
 * The operators' web console (SPEC 6): pages over the same services as the commands, form login with the roles of
 * {@link com.posclearing.console.ConsoleRole}, health and metrics. Its web parts ({@code internal}) exist only in the
 * servlet application of {@code ops/settle console}; {@link com.posclearing.console.ConsoleUsers} also serves the demo
 * and {@code console --add-user}.
 */
package com.posclearing.console;
