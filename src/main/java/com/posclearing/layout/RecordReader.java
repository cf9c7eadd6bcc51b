package com.posclearing.layout;

/**
 * A streaming pass over one file. Line-level problems come back inside the {@link RawRecord}; problems that make the
 * file unreadable (wrong encoding, a line over the layout's limit) throw
 * {@link com.posclearing.kernel.InputRejectedException}.
 */
public interface RecordReader extends AutoCloseable {

    /** The next record, or null at the end of the file. */
    RawRecord next();

    /** Lines read so far. */
    long linesRead();

    @Override
    void close();
}
