package org.jvirt.conf.checkpoint;

import java.util.List;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.moment.MomentDef;

/**
 * A domain checkpoint (virDomainCheckpointDef over virDomainMomentDef). Immutable.
 *
 * @param parentName the parent checkpoint's name, or null for a root
 * @param creationTime seconds since the epoch; 0 is not printed
 * @param disks in the domain's disk order once aligned
 * @param dom the domain definition at checkpoint time, or null (a redefine without {@code <domain>})
 */
public record CheckpointDef(String name, String description, String parentName, long creationTime,
        List<CheckpointDiskDef> disks, DomainDef dom) implements MomentDef {

    public CheckpointDef {
        disks = List.copyOf(disks);
    }

    public CheckpointDef withParentName(String p) {
        return new CheckpointDef(name, description, p, creationTime, disks, dom);
    }

    public CheckpointDef withDisks(List<CheckpointDiskDef> d) {
        return new CheckpointDef(name, description, parentName, creationTime, d, dom);
    }

    public CheckpointDef withDom(DomainDef d) {
        return new CheckpointDef(name, description, parentName, creationTime, disks, d);
    }
}
