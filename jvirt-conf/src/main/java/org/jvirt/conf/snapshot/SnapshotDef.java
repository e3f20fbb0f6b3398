package org.jvirt.conf.snapshot;

import java.util.List;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.moment.MomentDef;

/**
 * A domain snapshot's configuration (virDomainSnapshotDef with its virDomainMomentDef part). Immutable.
 *
 * @param state null until the driver fills it (a new snapshot's XML does not say it)
 * @param creationTime seconds since the epoch, 0 when unknown
 * @param memoryFile the external memory image or null
 * @param dom the domain as it was, or null (very old snapshots lack it)
 * @param inactiveDom the persistent config of a running domain, when it differed from the live one
 */
public record SnapshotDef(String name, String description, SnapshotState state, String parentName,
        long creationTime, SnapshotLocation memory, String memoryFile, List<SnapshotDiskDef> disks,
        DomainDef dom, DomainDef inactiveDom) implements MomentDef {

    public SnapshotDef {
        disks = List.copyOf(disks);
        memory = memory == null ? SnapshotLocation.DEFAULT : memory;
    }

    public SnapshotDef withParentName(String p) {
        return new SnapshotDef(name, description, state, p, creationTime, memory, memoryFile, disks, dom, inactiveDom);
    }

    public SnapshotDef withState(SnapshotState s) {
        return new SnapshotDef(name, description, s, parentName, creationTime, memory, memoryFile, disks, dom, inactiveDom);
    }

    public SnapshotDef withMemory(SnapshotLocation m) {
        return new SnapshotDef(name, description, state, parentName, creationTime, m, memoryFile, disks, dom, inactiveDom);
    }

    public SnapshotDef withDisks(List<SnapshotDiskDef> d) {
        return new SnapshotDef(name, description, state, parentName, creationTime, memory, memoryFile, d, dom, inactiveDom);
    }

    public SnapshotDef withDom(DomainDef d) {
        return new SnapshotDef(name, description, state, parentName, creationTime, memory, memoryFile, disks, d, inactiveDom);
    }

    /** virDomainSnapshotDefIsExternal: external memory or any external disk. */
    public boolean isExternal() {
        if (memory == SnapshotLocation.EXTERNAL) {
            return true;
        }
        for (SnapshotDiskDef d : disks) {
            if (d.snapshot() == SnapshotLocation.EXTERNAL) {
                return true;
            }
        }
        return false;
    }
}
