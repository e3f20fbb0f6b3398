package org.jvirt.conf.domain;

import java.util.List;

/**
 * A {@code <memory model=...>} device (virDomainMemoryDef): DIMMs, NVDIMMs, virtio-pmem, virtio-mem and SGX EPC
 * sections. Sizes are KiB, 0 = absent; node -1 = no guest NUMA node. jvirt keeps memory devices among the
 * tree-kept families ({@link OtherDeviceDef}); this record is the typed view of such a tree.
 *
 * @param model dimm, nvdimm, virtio-pmem, virtio-mem or sgx-epc
 * @param access shared, private, or null
 * @param discard yes, no, or null
 * @param uuid an NVDIMM's uuid (ppc64 only) or null
 * @param nodemask source host nodes (dimm, virtio-mem, sgx-epc), libvirt's range syntax, or null
 * @param path backing file (nvdimm, virtio-pmem) or null
 * @param pmem nvdimm {@code <pmem/>}: the backing file is persistent memory
 * @param readonly nvdimm {@code <readonly/>}
 * @param blockKiB virtio-mem block size; requestedKiB and currentKiB are its plugged sizes (wanted, reached)
 */
public record MemoryDeviceDef(String model, String access, String discard, String uuid, String nodemask,
        long pagesizeKiB, String path, long alignsizeKiB, boolean pmem, long sizeKiB, int node, long labelKiB,
        boolean readonly, long blockKiB, long requestedKiB, long currentKiB) {

    /** libvirt's model names (index 0, "", is refused). */
    public static final List<String> MODELS = List.of("dimm", "nvdimm", "virtio-pmem", "virtio-mem", "sgx-epc");

    /** The typed view of a memory device tree, or null when the device is of another family. */
    public static MemoryDeviceDef of(DeviceDef dev) {
        return dev instanceof OtherDeviceDef o && o.elementName().equals("memory")
                ? MemoryDeviceXml.fromNode(o.node()) : null;
    }
}
