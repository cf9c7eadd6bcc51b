package com.posclearing.refdata;

import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.InputRejectedException;
import com.posclearing.support.ClearingProperties;
import org.springframework.stereotype.Component;

/** Reference data and configuration files of this process, read once from the config folder. */
@Component
public class RefData {
    private final ConfigFiles files;
    private ReferenceData data;

    RefData(ClearingProperties props) {
        this.files = new ConfigFiles(props.configDir());
    }

    public ConfigFiles files() {
        return files;
    }

    /**
     * Reads and checks the reference files again, as every run starts: an edit takes effect on the next run, also in
     * a long-running scheduler. A bad row is rejected naming its file, line and field, and what to do.
     */
    public synchronized ReferenceData reload() {
        try {
            data = ReferenceData.load(files);
        } catch (InputRejectedException e) {
            throw new InputRejectedException(e.fileName(), e.lineNo(), e.field(), e.reason() + "; correct it in "
                    + files.describe() + " and type the command again (nothing was run)");
        }
        return data;
    }

    public synchronized ReferenceData get() {
        if (data == null) {
            data = ReferenceData.load(files);
        }
        return data;
    }
}
