package com.posclearing.transfer;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;
import com.posclearing.transfer.internal.SecureFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Generates client key pairs (ECDSA P-256, OpenSSH private-key format) for the demo and the tests. */
public final class SshKeys {
    private SshKeys() {
    }

    /**
     * Writes an unencrypted OpenSSH private key to {@code privateKey} (0600) and its public line to
     * {@code privateKey + ".pub"}; returns the public line ({@code ecdsa-sha2-nistp256 AAAA… comment}).
     */
    public static String generate(Path privateKey, String comment) {
        try {
            KeyPair kp = KeyPair.genKeyPair(new JSch(), KeyPair.ECDSA, 256);
            SecureFiles.newFile(privateKey);
            try (OutputStream out = Files.newOutputStream(privateKey)) {
                kp.writeOpenSSHv1PrivateKey(out, null);
            }
            ByteArrayOutputStream pub = new ByteArrayOutputStream();
            kp.writePublicKey(pub, comment);
            String line = pub.toString(StandardCharsets.US_ASCII).trim();
            Files.writeString(Path.of(privateKey + ".pub"), line + "\n", StandardCharsets.US_ASCII);
            return line;
        } catch (JSchException e) {
            throw new IllegalStateException("cannot generate an SSH key pair", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the key pair " + privateKey, e);
        }
    }
}
