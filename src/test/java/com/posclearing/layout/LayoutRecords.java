package com.posclearing.layout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every record a layout reads from a file, in file order: for tests of the readers. */
final class LayoutRecords {
    private LayoutRecords() {
    }

    static List<RawRecord> all(Layout layout, Path file) {
        List<RawRecord> out = new ArrayList<>();
        try (RecordReader reader = layout.open(file, file.getFileName().toString())) {
            for (RawRecord r = reader.next(); r != null; r = reader.next()) {
                out.add(r);
            }
        }
        return out;
    }
}
