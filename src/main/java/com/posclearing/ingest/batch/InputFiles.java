package com.posclearing.ingest.batch;

import com.posclearing.ingest.FileParser;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.layout.Layouts;
import com.posclearing.refdata.RefData;
import org.springframework.stereotype.Component;

/** The layouts of this process (config/layouts over the built-in ones) and the parser over them. */
@Component
public class InputFiles {
    private final Layouts layouts;
    private final FileParser parser;

    InputFiles(RefData refData) {
        this.layouts = Layouts.load(refData.files());
        this.parser = new FileParser(layouts);
    }

    FileParser parser() {
        return parser;
    }

    /** True when the file name is that of an input of business date D for one of the layouts. */
    public boolean isFileOf(String fileName, BusinessDate date) {
        return layouts.layoutForFileName(fileName).flatMap(l -> l.dateFromFileName(fileName)).map(date::equals).orElse(false);
    }
}
