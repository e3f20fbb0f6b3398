package org.jvirt.conf.snapshot;

import java.util.List;

/**
 * One {@code <disks><disk>} of a snapshot (virDomainSnapshotDiskDef).
 *
 * @param name the disk's target (or, as given, a source path until aligned with the domain)
 * @param type the storage type of the new image: "file", "block", "network"...
 * @param driverType the image format ({@code <driver type=>}) or null
 * @param path the new image's file or device (for type network: the source name), or null
 * @param metadataCacheMaxSize {@code <driver><metadata_cache><max_size>} in bytes, 0 when absent
 * @param network for type network: the protocol and hosts, else null
 */
public record SnapshotDiskDef(String name, SnapshotLocation snapshot, String type, String driverType, String path,
        long metadataCacheMaxSize, NetworkSource network) {

    /** {@code <source protocol=>} with its {@code <host>} children, in document order. */
    public record NetworkSource(String protocol, List<Host> hosts) {
        public NetworkSource {
            hosts = List.copyOf(hosts);
        }
    }

    /**
     * One {@code <host>}.
     *
     * @param transport null for tcp (the default, never printed)
     */
    public record Host(String name, String port, String transport, String socket) {
    }

    public SnapshotDiskDef withName(String n) {
        return new SnapshotDiskDef(n, snapshot, type, driverType, path, metadataCacheMaxSize, network);
    }

    public SnapshotDiskDef withSnapshot(SnapshotLocation l) {
        return new SnapshotDiskDef(name, l, type, driverType, path, metadataCacheMaxSize, network);
    }

    public SnapshotDiskDef withPath(String p) {
        return new SnapshotDiskDef(name, snapshot, type, driverType, p, metadataCacheMaxSize, network);
    }

    /** A disk the snapshot request did not name: file type, no new image. */
    static SnapshotDiskDef implicit(String name, SnapshotLocation l) {
        return new SnapshotDiskDef(name, l, "file", null, null, 0, null);
    }
}
