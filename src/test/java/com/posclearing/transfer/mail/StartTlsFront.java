package com.posclearing.transfer.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A STARTTLS front for GreenMail, whose SMTP server (2.1.x) offers no STARTTLS: it answers EHLO with STARTTLS, upgrades
 * the connection with GreenMail's own certificate ({@code greenmail.p12}) and then relays the encrypted session's plain
 * text to GreenMail's SMTP port. It can also misbehave: refuse the next connections ({@code 421}) or drop the next
 * ones after a number of bytes of the message's DATA, so GreenMail never gets the end of the message.
 */
public final class StartTlsFront implements AutoCloseable {
    private final ServerSocket server;
    private final int greenMailPort;
    private final SSLContext tls;
    private final AtomicInteger refuse = new AtomicInteger();
    private final AtomicInteger drop = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile int dropAfterDataBytes = 512;

    public StartTlsFront(int greenMailPort) throws IOException, GeneralSecurityException {
        this.greenMailPort = greenMailPort;
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = StartTlsFront.class.getClassLoader().getResourceAsStream("greenmail.p12")) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "changeit".toCharArray());
        tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "starttls-front");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The next {@code n} connections get {@code 421} at once and are closed. */
    public void refuseNext(int n) {
        refuse.set(n);
    }

    /** The next {@code n} connections are cut after {@code bytes} bytes of the message's DATA. */
    public void dropNextInData(int n, int bytes) {
        dropAfterDataBytes = bytes;
        drop.set(n);
    }

    /** Connections accepted so far. */
    public int connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                connections.incrementAndGet();
                Thread t = new Thread(() -> serve(client), "starttls-front-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            OutputStream out = client.getOutputStream();
            if (refuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                out.write("421 4.3.2 test front: service not available\r\n".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            boolean dropThis = drop.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            out.write("220 starttls-front ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.toUpperCase(java.util.Locale.ROOT);
                if (command.startsWith("EHLO")) {
                    out.write("250-starttls-front\r\n250 STARTTLS\r\n".getBytes(StandardCharsets.US_ASCII));
                } else if (command.equals("STARTTLS")) {
                    out.write("220 2.0.0 ready to start TLS\r\n".getBytes(StandardCharsets.US_ASCII));
                    relay(upgrade(client), dropThis);
                    return;
                } else if (command.equals("QUIT")) {
                    out.write("221 bye\r\n".getBytes(StandardCharsets.US_ASCII));
                    return;
                } else {
                    out.write("530 5.7.0 must issue a STARTTLS command first\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private SSLSocket upgrade(Socket client) throws IOException {
        SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(client, null, client.getPort(), false);
        secure.setUseClientMode(false);
        secure.startHandshake();
        return secure;
    }

    private void relay(SSLSocket secure, boolean dropThis) throws IOException {
        try (secure; Socket green = new Socket(InetAddress.getLoopbackAddress(), greenMailPort)) {
            InputStream fromGreen = green.getInputStream();
            for (int b = fromGreen.read(); b != '\n'; b = fromGreen.read()) {
                if (b < 0) {
                    throw new IOException("GreenMail closed before its greeting");
                }
            }
            Thread back = new Thread(() -> copy(fromGreen, output(secure)), "starttls-front-back");
            back.setDaemon(true);
            back.start();
            copyToGreenMail(secure.getInputStream(), new java.io.BufferedOutputStream(green.getOutputStream()),
                    dropThis ? dropAfterDataBytes : -1);
        }
    }

    /** Client to GreenMail; with {@code dropAfter} ≥ 0 it stops that many bytes after the DATA command. */
    private static void copyToGreenMail(InputStream in, OutputStream out, int dropAfter) throws IOException {
        byte[] seen = new byte[6];
        long afterData = -1;
        InputStream buffered = new java.io.BufferedInputStream(in);
        for (int b = buffered.read(); b >= 0; b = buffered.read()) {
            if (afterData >= 0 && dropAfter >= 0 && ++afterData > dropAfter) {
                out.flush();
                return; // the connection is cut in the middle of the message
            }
            out.write(b);
            if (b == '\n') {
                out.flush();
            }
            System.arraycopy(seen, 1, seen, 0, 5);
            seen[5] = (byte) b;
            if (afterData < 0 && new String(seen, StandardCharsets.US_ASCII).equalsIgnoreCase("DATA\r\n")) {
                afterData = 0;
            }
        }
        out.flush();
    }

    private static void copy(InputStream in, OutputStream out) {
        try {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // either side closed
        }
    }

    private static OutputStream output(Socket s) {
        try {
            return s.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
