/**
 * Reference data of SPEC 2.4: merchants, terminals, fee plans and the bank's working calendar, read from the config
 * folder by {@link com.posclearing.refdata.ReferenceData#load}. Every bad row stops the load with an
 * {@link com.posclearing.kernel.InputRejectedException} naming the file, line, column and reason; the files are
 * small and a half-loaded merchant list would pay the wrong people. {@link com.posclearing.refdata.TerminalCheck}
 * decides which terminal transactions are REJECTED before matching.
 */
package com.posclearing.refdata;
