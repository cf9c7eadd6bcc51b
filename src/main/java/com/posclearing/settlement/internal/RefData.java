package com.posclearing.settlement.internal;

import com.posclearing.kernel.ConfigFiles;
import com.posclearing.refdata.ReferenceData;
import com.posclearing.settlement.ClearingProperties;
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

    public synchronized ReferenceData get() {
        if (data == null) {
            data = ReferenceData.load(files);
        }
        return data;
    }
}
