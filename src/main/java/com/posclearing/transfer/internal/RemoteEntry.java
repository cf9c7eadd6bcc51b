package com.posclearing.transfer.internal;

/** One name in a remote listing, with lstat attributes (a symlink is reported as such, not followed). */
public record RemoteEntry(String name, long size, long mtimeSeconds, boolean regularFile, boolean symlink) {
}
