package com.posclearing.layout.internal;

import com.posclearing.kernel.InputRejectedException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a file line by line with a strict decoder, so that a byte sequence the encoding does not allow rejects the
 * file naming its exact line (a default decoder would silently put U+FFFD in its place). Lines end in LF for the
 * CSV parser whatever the file used.
 */
final class DecodingLineReader extends Reader {
    private final LineSource lines;
    private final String fileName;
    private final CharsetDecoder decoder;
    private CharBuffer current = CharBuffer.allocate(0);

    DecodingLineReader(LineSource lines, String fileName, Charset charset) {
        this.lines = lines;
        this.fileName = fileName;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
        if (!current.hasRemaining()) {
            if (!lines.next()) {
                return -1;
            }
            try {
                CharBuffer decoded = decoder.decode(ByteBuffer.wrap(lines.bytes(), 0, lines.length()));
                current = CharBuffer.allocate(decoded.remaining() + 1).put(decoded).put('\n').flip();
            } catch (CharacterCodingException e) {
                throw new InputRejectedException(fileName, lines.lineNo(), null,
                        "line is not valid " + decoder.charset().name() + " text (wrong encoding?)");
            }
        }
        int n = Math.min(len, current.remaining());
        current.get(cbuf, off, n);
        return n;
    }

    @Override
    public void close() {
        lines.close();
    }
}
