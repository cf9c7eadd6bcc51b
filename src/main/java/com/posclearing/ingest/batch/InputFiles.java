package com.posclearing.ingest.batch;

import com.posclearing.ingest.FileParser;
import com.posclearing.ingest.SourceLayouts;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.layout.FileNamePattern;
import com.posclearing.layout.Layouts;
import com.posclearing.refdata.RefData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The layouts of this process (config/layouts over the built-in ones) and the parser over them, which reads a file of
 * a source with that source's layout.
 */
@Component
public class InputFiles {
    private final Layouts layouts;
    private final FileParser parser;

    InputFiles(RefData refData, ObjectProvider<SourceLayouts> sources) {
        this.layouts = Layouts.load(refData.files());
        this.parser = new FileParser(layouts, sources.getIfAvailable(() -> SourceLayouts.NONE));
    }

    FileParser parser() {
        return parser;
    }

    /** True when the file name is that of an input of business date D, or of the companion file of one (ZM's RD). */
    public boolean isFileOf(String fileName, BusinessDate date) {
        return layouts.layoutForFileName(fileName).flatMap(l -> l.dateFromFileName(fileName)).map(date::equals).orElse(false)
                || isCompanion(fileName) && layouts.layoutWithCompanion(fileName)
                .flatMap(l -> FileNamePattern.compile(l.companion().fileName()).date(fileName)).map(date::equals).orElse(false);
    }

    /** True for a companion file (it holds another file's totals; it is read with that file, never loaded itself). */
    boolean isCompanion(String fileName) {
        return layouts.layoutForFileName(fileName).isEmpty() && layouts.layoutWithCompanion(fileName).isPresent();
    }
}
