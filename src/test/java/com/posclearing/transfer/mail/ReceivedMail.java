package com.posclearing.transfer.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a test reads back from a message GreenMail received. */
public final class ReceivedMail {
    private ReceivedMail() {
    }

    /** File name → bytes of every attachment, in the message's order. */
    public static Map<String, byte[]> attachments(MimeMessage m) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Multipart parts = (Multipart) m.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart p = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                try (InputStream in = p.getInputStream()) {
                    files.put(p.getFileName(), in.readAllBytes());
                }
            }
        }
        return files;
    }
}
