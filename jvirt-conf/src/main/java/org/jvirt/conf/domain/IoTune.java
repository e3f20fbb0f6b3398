package org.jvirt.conf.domain;

import java.util.List;

/**
 * A disk's {@code <iotune>} (virDomainBlockIoTuneInfo): nineteen unsigned limits, 0 meaning unset, in libvirt's
 * order (which is also virDomainGetBlockIoTune's parameter order, with group_name after size_iops_sec), and the
 * throttle group's name (null when unset).
 *
 * @param values indexed like {@link #FIELDS}; values are unsigned 64-bit numbers in a long's bits
 */
public record IoTune(long[] values, String groupName) {

    /** The numeric fields in libvirt's order; {@code group_name} comes after index {@link #GROUP_AFTER}. */
    public static final List<String> FIELDS = List.of("total_bytes_sec", "read_bytes_sec", "write_bytes_sec",
            "total_iops_sec", "read_iops_sec", "write_iops_sec", "total_bytes_sec_max", "read_bytes_sec_max",
            "write_bytes_sec_max", "total_iops_sec_max", "read_iops_sec_max", "write_iops_sec_max", "size_iops_sec",
            "total_bytes_sec_max_length", "read_bytes_sec_max_length", "write_bytes_sec_max_length",
            "total_iops_sec_max_length", "read_iops_sec_max_length", "write_iops_sec_max_length");
    /** Index of size_iops_sec, which group_name follows. */
    public static final int GROUP_AFTER = 12;

    public static final IoTune NONE = new IoTune(new long[FIELDS.size()], null);

    public IoTune {
        values = values.clone();
    }

    @Override
    public long[] values() {
        return values.clone();
    }

    public long get(String field) {
        return values[FIELDS.indexOf(field)];
    }

    /** libvirt prints {@code <iotune>} only when a limit or the group is set. */
    public boolean isSet() {
        if (groupName != null) {
            return true;
        }
        for (long v : values) {
            if (v != 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IoTune t && java.util.Arrays.equals(values, t.values)
                && java.util.Objects.equals(groupName, t.groupName);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(values) * 31 + java.util.Objects.hashCode(groupName);
    }
}
