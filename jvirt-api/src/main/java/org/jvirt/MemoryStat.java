package org.jvirt;

/** virDomainMemoryStatStruct: tag is virDomainMemoryStatTags (0 swap_in ... 6 actual, 7 rss ...), value in KiB. */
public record MemoryStat(int tag, long value) {

    private static final String[] NAMES = {"swap_in", "swap_out", "major_fault", "minor_fault", "unused",
            "available", "actual", "rss", "usable", "last_update", "disk_caches", "hugetlb_pgalloc",
            "hugetlb_pgfail"};

    /** The word virsh dommemstat prints for the tag. */
    public String name() {
        return tag >= 0 && tag < NAMES.length ? NAMES[tag] : "unknown";
    }
}
