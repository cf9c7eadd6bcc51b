package com.posclearing.transfer.internal;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpATTRS;
import com.jcraft.jsch.SftpException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/** One logged-in SFTP channel. Methods throw {@link SftpException} as JSch reports it; callers classify. */
public final class SftpConnection implements AutoCloseable {
    private final Session session;
    private final ChannelSftp sftp;
    private final String describe;

    SftpConnection(Session session, ChannelSftp sftp, String describe) {
        this.session = session;
        this.sftp = sftp;
        this.describe = describe;
    }

    /** {@code user@host:port}. */
    public String describe() {
        return describe;
    }

    /** False once the link is gone (server stopped, network cut): the cue to reconnect and retry. */
    public boolean alive() {
        return session.isConnected() && sftp.isConnected() && !sftp.isClosed();
    }

    public List<RemoteEntry> list(String dir) throws SftpException {
        List<RemoteEntry> out = new ArrayList<>();
        for (ChannelSftp.LsEntry e : sftp.ls(dir)) {
            String n = e.getFilename();
            if (n.equals(".") || n.equals("..")) {
                continue;
            }
            SftpATTRS a = e.getAttrs();
            out.add(new RemoteEntry(n, a.getSize(), a.getMTime(), a.isReg(), a.isLink()));
        }
        return out;
    }

    public SftpATTRS lstat(String path) throws SftpException {
        return sftp.lstat(path);
    }

    public boolean exists(String path) throws SftpException {
        try {
            sftp.lstat(path);
            return true;
        } catch (SftpException e) {
            if (e.id == ChannelSftp.SSH_FX_NO_SUCH_FILE) {
                return false;
            }
            throw e;
        }
    }

    public void download(String remote, Path local) throws SftpException, IOException {
        try (OutputStream out = Files.newOutputStream(local)) {
            sftp.get(remote, out);
        }
    }

    /** Reads a small remote file (a published checksum); refuses more than {@code maxBytes}. */
    public byte[] readSmall(String remote, int maxBytes) throws SftpException, IOException {
        if (sftp.lstat(remote).getSize() > maxBytes) {
            throw new IOException(remote + " is larger than " + maxBytes + " bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sftp.get(remote, out);
        return out.toByteArray();
    }

    public void upload(Path local, String remote) throws SftpException, IOException {
        try (InputStream in = Files.newInputStream(local)) {
            sftp.put(in, remote, ChannelSftp.OVERWRITE);
        }
    }

    /** Renames; JSch uses {@code posix-rename@openssh.com} when offered, which replaces an existing target. */
    public void rename(String from, String to) throws SftpException {
        sftp.rename(from, to);
    }

    public long size(String remote) throws SftpException {
        return sftp.stat(remote).getSize();
    }

    public void remove(String remote) throws SftpException {
        sftp.rm(remote);
    }

    /** Creates {@code dir} and missing parents. */
    public void mkdirs(String dir) throws SftpException {
        StringBuilder p = new StringBuilder();
        for (String part : dir.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            p.append('/').append(part);
            if (!exists(p.toString())) {
                sftp.mkdir(p.toString());
            }
        }
    }

    /** Re-reads a remote file and hashes what the server really holds. */
    public String sha256(String remote) throws SftpException, IOException {
        MessageDigest md = Hashing.newSha256();
        try (InputStream in = new DigestInputStream(sftp.get(remote), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return Hashing.hex(md.digest());
    }

    @Override
    public void close() {
        sftp.disconnect();
        session.disconnect();
    }
}
