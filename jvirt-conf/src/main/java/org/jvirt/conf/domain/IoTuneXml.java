package org.jvirt.conf.domain;

import org.jvirt.conf.xml.VirNumbers;
import org.jvirt.conf.xml.XmlWriter;
import org.w3c.dom.Element;

/** {@code <iotune>} inside {@code <disk>}: parse and format (virDomainDiskDefIotuneParse / ...FormatIotune). */
final class IoTuneXml {

    private IoTuneXml() {
    }

    /** Null when the disk has no {@code <iotune>} or it sets nothing. */
    static IoTune parse(Element disk) {
        Element io = Dom.child(disk, "iotune");
        if (io == null) {
            return null;
        }
        long[] values = new long[IoTune.FIELDS.size()];
        for (int i = 0; i < values.length; i++) {
            String name = IoTune.FIELDS.get(i);
            String text = Dom.childTextTrimmed(io, name);
            if (text != null) {
                Long v = VirNumbers.ullp(text, 10);
                if (v == null) {
                    throw Err.xml("disk iotune field '%s' must be an integer", name);
                }
                values[i] = v;
            }
        }
        IoTune t = new IoTune(values, Dom.childText(io, "group_name"));
        // virDomainDiskDefIotuneParse: a total limit excludes its read/write pair
        for (String kind : java.util.List.of("bytes_sec", "iops_sec", "bytes_sec_max", "iops_sec_max")) {
            if (t.get("total_" + kind) != 0 && (t.get("read_" + kind) != 0 || t.get("write_" + kind) != 0)) {
                throw Err.xml("total and read/write %s cannot be set at the same time", kind);
            }
        }
        return t.isSet() ? t : null;
    }

    static void format(XmlWriter w, IoTune t) {
        if (t == null || !t.isSet()) {
            return;
        }
        long[] v = t.values();
        w.open("iotune").body();
        for (int i = 0; i < v.length; i++) {
            if (v[i] != 0) {
                w.open(IoTune.FIELDS.get(i)).text(Long.toUnsignedString(v[i])).end(IoTune.FIELDS.get(i));
            }
            if (i == IoTune.GROUP_AFTER && t.groupName() != null) {
                w.open("group_name").text(t.groupName()).end("group_name");
            }
        }
        w.end("iotune");
    }
}
