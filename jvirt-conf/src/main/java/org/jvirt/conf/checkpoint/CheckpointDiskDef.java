package org.jvirt.conf.checkpoint;

/**
 * One {@code <disk>} of a checkpoint (virDomainCheckpointDiskDef).
 *
 * @param name the disk's target (after alignment) or, as written, its target or source path
 * @param type what the checkpoint does for the disk
 * @param bitmap the bitmap name, or null (alignment fills the checkpoint's name for bitmap disks)
 */
public record CheckpointDiskDef(String name, CheckpointType type, String bitmap) {

    public CheckpointDiskDef withName(String n) {
        return new CheckpointDiskDef(n, type, bitmap);
    }

    public CheckpointDiskDef withBitmap(String b) {
        return new CheckpointDiskDef(name, type, b);
    }
}
