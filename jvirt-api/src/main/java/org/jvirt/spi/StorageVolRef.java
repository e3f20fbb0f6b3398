package org.jvirt.spi;

/** A storage volume's identity (libvirt's virStorageVol): its pool's name, its own name and its key. */
public record StorageVolRef(String pool, String name, String key) {
}
