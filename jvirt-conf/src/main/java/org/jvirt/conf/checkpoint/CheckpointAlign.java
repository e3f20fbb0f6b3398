package org.jvirt.conf.checkpoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jvirt.conf.domain.DiskDef;
import org.jvirt.conf.domain.DomainDef;

/** virDomainCheckpointAlignDisks and virDomainCheckpointDefAssignBitmapNames. */
public final class CheckpointAlign {

    private CheckpointAlign() {
    }

    /**
     * One entry per domain disk, in the domain's order, named by target: requested disks as given (after
     * checks), the others bitmap when the document had no {@code <disks>} and no otherwise; empty or read-only
     * disks never get a bitmap. Bitmap disks without a bitmap name get the checkpoint's name.
     */
    public static CheckpointDef align(CheckpointDef def) {
        DomainDef dom = def.dom();
        if (dom == null) {
            throw CheckpointErr.internal("missing domain in checkpoint");
        }
        List<DiskDef> domDisks = dom.devices().disks();
        if (def.disks().size() > domDisks.size()) {
            throw CheckpointErr.unsupported("too many disk checkpoint requests for domain");
        }
        if (domDisks.isEmpty()) {
            throw CheckpointErr.unsupported("domain must have at least one disk to perform checkpoints");
        }
        CheckpointType fallback = def.disks().isEmpty() ? CheckpointType.BITMAP : CheckpointType.NO;
        Map<String, CheckpointDiskDef> byTarget = new HashMap<>();
        for (CheckpointDiskDef cd : def.disks()) {
            DiskDef dd = diskByName(domDisks, cd.name());
            if (dd == null) {
                throw CheckpointErr.unsupported("no disk named '%s'", cd.name());
            }
            if (byTarget.containsKey(dd.targetDev())) {
                throw CheckpointErr.unsupported("disk '%s' specified twice", cd.name());
            }
            if (unusable(dd) && cd.type() != CheckpointType.NO) {
                throw CheckpointErr.unsupported("disk '%s' is empty or readonly", cd.name());
            }
            byTarget.put(dd.targetDev(), cd.withName(dd.targetDev()));
        }
        List<CheckpointDiskDef> out = new ArrayList<>(domDisks.size());
        for (DiskDef dd : domDisks) {
            CheckpointDiskDef cd = byTarget.get(dd.targetDev());
            if (cd == null) {
                cd = new CheckpointDiskDef(dd.targetDev(), unusable(dd) ? CheckpointType.NO : fallback, null);
            }
            out.add(cd);
        }
        return assignBitmapNames(def.withDisks(out));
    }

    /** Bitmap disks without a bitmap name take the checkpoint's name. */
    public static CheckpointDef assignBitmapNames(CheckpointDef def) {
        List<CheckpointDiskDef> out = new ArrayList<>(def.disks().size());
        for (CheckpointDiskDef d : def.disks()) {
            out.add(d.type() == CheckpointType.BITMAP && d.bitmap() == null ? d.withBitmap(def.name()) : d);
        }
        return def.withDisks(out);
    }

    /** virStorageSourceIsEmpty or read-only. */
    private static boolean unusable(DiskDef dd) {
        return dd.source() == null && !"network".equals(dd.type()) || dd.readonly();
    }

    /** virDomainDiskByName: by target, else by source path. */
    private static DiskDef diskByName(List<DiskDef> disks, String name) {
        for (DiskDef d : disks) {
            if (name.equals(d.targetDev())) {
                return d;
            }
        }
        for (DiskDef d : disks) {
            if (name.equals(d.source())) {
                return d;
            }
        }
        return null;
    }
}
