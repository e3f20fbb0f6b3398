package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code <blkiotune>} as values (libvirt's def->blkio): the weight (0 when unset) and per-device limits, in
 * the document's order. Converts from and to the canonical tree {@link DomainExtrasDef#blkiotune()} holds.
 */
public record Blkiotune(long weight, List<Device> devices) {

    public static final Blkiotune NONE = new Blkiotune(0, List.of());

    /** The fields of one device; 0 means unset. Index order is {@link #FIELDS}. */
    public record Device(String path, long[] values) {
        public long get(String field) {
            return values[FIELDS.indexOf(field)];
        }

        boolean allZero() {
            for (long v : values) {
                if (v != 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The per-device fields, in libvirt's output order. */
    public static final List<String> FIELDS = List.of("weight", "read_iops_sec", "write_iops_sec",
            "read_bytes_sec", "write_bytes_sec");

    public Blkiotune {
        devices = List.copyOf(devices);
    }

    public static Blkiotune of(XmlNode n) {
        if (n == null) {
            return NONE;
        }
        List<Device> devs = new ArrayList<>();
        for (XmlNode d : n.children()) {
            if (!d.name().equals("device")) {
                continue;
            }
            long[] v = new long[FIELDS.size()];
            for (int i = 0; i < v.length; i++) {
                String t = d.childText(FIELDS.get(i));
                v[i] = t == null ? 0 : Long.parseUnsignedLong(t);
            }
            devs.add(new Device(d.childText("path"), v));
        }
        String w = n.childText("weight");
        return new Blkiotune(w == null ? 0 : Long.parseLong(w), devs);
    }

    public Blkiotune withWeight(long w) {
        return new Blkiotune(w, devices);
    }

    /**
     * virDomainDriverMergeBlkioDevice: each (path, value) sets that field of the device with that path, or of a
     * new device appended at the end; devices whose fields are then all zero are dropped.
     */
    public Blkiotune merge(String field, List<String> paths, List<Long> values) {
        int idx = FIELDS.indexOf(field);
        List<Device> out = new ArrayList<>();
        for (Device d : devices) {
            out.add(new Device(d.path(), d.values().clone()));
        }
        for (int i = 0; i < paths.size(); i++) {
            Device found = null;
            for (Device d : out) {
                if (d.path().equals(paths.get(i))) {
                    found = d;
                    break;
                }
            }
            if (found == null) {
                found = new Device(paths.get(i), new long[FIELDS.size()]);
                out.add(found);
            }
            found.values()[idx] = values.get(i);
        }
        out.removeIf(Device::allZero);
        return new Blkiotune(weight, out);
    }

    /** "path,value,path,value" of the devices with that field set (virsh's blkiotune strings). */
    public String deviceString(String field) {
        StringBuilder sb = new StringBuilder();
        for (Device d : devices) {
            long v = d.get(field);
            if (v != 0) {
                if (!sb.isEmpty()) {
                    sb.append(',');
                }
                sb.append(d.path()).append(',').append(Long.toUnsignedString(v));
            }
        }
        return sb.toString();
    }

    /** virDomainBlkiotuneFormat: the weight when set, devices with their set fields; null when empty. */
    public XmlNode toNode() {
        List<XmlNode> kids = new ArrayList<>();
        if (weight != 0) {
            kids.add(new XmlNode("weight", List.of(), Long.toString(weight), List.of()));
        }
        for (Device d : devices) {
            List<XmlNode> dk = new ArrayList<>();
            dk.add(new XmlNode("path", List.of(), d.path(), List.of()));
            for (int i = 0; i < FIELDS.size(); i++) {
                if (d.values()[i] != 0) {
                    dk.add(new XmlNode(FIELDS.get(i), List.of(), Long.toUnsignedString(d.values()[i]), List.of()));
                }
            }
            kids.add(new XmlNode("device", List.of(), null, dk));
        }
        return kids.isEmpty() ? null : new XmlNode("blkiotune", List.of(), null, kids);
    }
}
