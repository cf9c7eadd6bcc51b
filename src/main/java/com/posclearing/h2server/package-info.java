/**
 * The H2 TCP server of a data folder: one process serves {@code DATA/db/clearing} to every command of that folder, so
 * no command meets H2's file lock (the run lock says who runs a date). Started by the first command that needs it,
 * stopped by itself after an idle time.
 */
package com.posclearing.h2server;
