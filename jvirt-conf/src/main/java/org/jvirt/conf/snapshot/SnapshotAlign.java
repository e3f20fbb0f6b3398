package org.jvirt.conf.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jvirt.conf.domain.DiskDef;
import org.jvirt.conf.domain.DomainDef;

/**
 * virDomainSnapshotAlignDisks: one snapshot disk per domain disk, in the domain's order, with defaults for
 * the disks the request left out, names turned into targets, and external file names generated.
 */
public final class SnapshotAlign {

    private SnapshotAlign() {
    }

    /**
     * The alignment of virDomainSnapshotRedefinePrep: disks default to external for a disk-only or external
     * snapshot, else to internal (then every disk must be internal or excluded by the domain).
     *
     * @param existingDom the definition of the snapshot being redefined, or null
     */
    public static SnapshotDef alignRedefined(SnapshotDef def, DomainDef existingDom) {
        SnapshotLocation location = def.state() == SnapshotState.DISK_SNAPSHOT || def.isExternal()
                ? SnapshotLocation.EXTERNAL : SnapshotLocation.INTERNAL;
        return align(def, existingDom, location, true);
    }

    /**
     * @param existingDom the definition of the snapshot being redefined, used when {@code def} has none
     * @param defaultLocation the location of disks that say none
     * @param uniformInternal every disk must take part in an internal snapshot (hypervisors that cannot choose)
     */
    public static SnapshotDef align(SnapshotDef def, DomainDef existingDom, SnapshotLocation defaultLocation,
            boolean uniformInternal) {
        DomainDef dom = def.dom() != null ? def.dom() : existingDom;
        if (dom == null) {
            throw SnapErr.internal("missing domain in snapshot");
        }
        List<DiskDef> domDisks = dom.devices().disks();
        if (def.disks().size() > domDisks.size()) {
            throw SnapErr.unsupported("too many disk snapshot requests for domain");
        }
        boolean requireMatch = uniformInternal && defaultLocation == SnapshotLocation.INTERNAL;
        if (domDisks.isEmpty()) {
            return def;
        }
        Map<String, SnapshotDiskDef> byTarget = new HashMap<>();
        for (SnapshotDiskDef sd : def.disks()) {
            DiskDef dd = diskByName(domDisks, sd.name());
            if (dd == null) {
                throw SnapErr.unsupported("no disk named '%s'", sd.name());
            }
            if (byTarget.containsKey(dd.targetDev())) {
                throw SnapErr.unsupported("disk '%s' specified twice", sd.name());
            }
            SnapshotLocation domLoc = location(dd);
            if (sd.snapshot() == SnapshotLocation.DEFAULT) {
                if (domLoc != SnapshotLocation.DEFAULT && (!requireMatch || domLoc == SnapshotLocation.NO)) {
                    sd = sd.withSnapshot(domLoc);
                } else {
                    sd = sd.withSnapshot(defaultLocation);
                }
            } else if (requireMatch && sd.snapshot() != defaultLocation
                    && !(sd.snapshot() == SnapshotLocation.NO && domLoc == SnapshotLocation.NO)) {
                throw SnapErr.unsupported("disk '%s' must use snapshot mode '%s'", sd.name(), defaultLocation.xml());
            }
            if (sd.path() != null && sd.snapshot() != SnapshotLocation.EXTERNAL) {
                throw SnapErr.unsupported("file '%s' for disk '%s' requires use of external snapshot mode",
                        sd.path(), sd.name());
            }
            byTarget.put(dd.targetDev(), sd.withName(dd.targetDev()));
        }
        List<SnapshotDiskDef> out = new ArrayList<>(domDisks.size());
        for (DiskDef dd : domDisks) {
            SnapshotDiskDef sd = byTarget.get(dd.targetDev());
            if (sd == null) {
                SnapshotLocation l = dd.source() == null ? SnapshotLocation.NO : location(dd);
                sd = SnapshotDiskDef.implicit(dd.targetDev(), l == SnapshotLocation.DEFAULT ? defaultLocation : l);
            }
            out.add(sd);
        }
        return def.withDisks(externalNames(out, domDisks, def.name()));
    }

    /** virDomainSnapshotDefAssignExternalNames: SOURCE-minus-suffix.SNAPSHOTNAME for external disks with no file. */
    private static List<SnapshotDiskDef> externalNames(List<SnapshotDiskDef> disks, List<DiskDef> domDisks, String snapName) {
        List<SnapshotDiskDef> out = new ArrayList<>(disks.size());
        for (int i = 0; i < disks.size(); i++) {
            SnapshotDiskDef d = disks.get(i);
            if (d.snapshot() == SnapshotLocation.EXTERNAL && d.path() == null) {
                if (!d.type().equals("file")) {
                    throw SnapErr.unsupported("cannot generate external snapshot name for disk '%s' on a '%s' device",
                            d.name(), d.type());
                }
                String orig = domDisks.get(i).source();
                if (orig == null) {
                    throw SnapErr.unsupported("cannot generate external snapshot name for disk '%s' without source", d.name());
                }
                if (!Files.isRegularFile(Path.of(orig))) {
                    throw SnapErr.unsupported("source for disk '%s' is not a regular file; refusing to generate external snapshot name",
                            d.name());
                }
                int dot = orig.lastIndexOf('.');
                String base = dot >= 0 && orig.indexOf('/', dot) < 0 ? orig.substring(0, dot) : orig;
                d = d.withPath(base + "." + snapName);
                for (SnapshotDiskDef prev : out) {
                    if (d.path().equals(prev.path())) {
                        throw SnapErr.unsupported("cannot generate external snapshot name for disk '%s': collision with disk '%s'",
                                d.name(), prev.name());
                    }
                }
            }
            out.add(d);
        }
        return out;
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

    /** The domain disk's snapshot attribute; a read-only disk without one is never snapshotted (libvirt's parse). */
    private static SnapshotLocation location(DiskDef dd) {
        if (dd.snapshot() == null) {
            return dd.readonly() ? SnapshotLocation.NO : SnapshotLocation.DEFAULT;
        }
        SnapshotLocation l = SnapshotLocation.parseNonZero(dd.snapshot());
        return l == null ? SnapshotLocation.DEFAULT : l;
    }
}
