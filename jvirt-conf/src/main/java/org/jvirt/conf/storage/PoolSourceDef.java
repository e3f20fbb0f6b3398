package org.jvirt.conf.storage;

import java.util.List;

/** A pool's {@code <source>} (virStoragePoolSource). Absent parts are null, absent numbers 0. */
public record PoolSourceDef(List<Host> hosts, List<Device> devices, String dir, AdapterDef adapter, String name,
                            String initiatorIqn, String format, AuthDef auth, String protocolVer, String vendor,
                            String product) {

    public static final PoolSourceDef EMPTY = new PoolSourceDef(List.of(), List.of(), null, null, null, null, null,
            null, null, null, null);

    /** {@code <host name port>}; port 0 = absent. */
    public record Host(String name, int port) {
    }

    /** {@code <device path part_separator>}; partSeparator null = absent. */
    public record Device(String path, Boolean partSeparator) {
    }

    /** {@code <auth type username><secret uuid|usage/></auth>}. */
    public record AuthDef(String type, String username, String secretType, String secretUuid, String secretUsage) {
    }

    /** {@code <adapter>}: the attributes in the order libvirt prints them, plus the parentaddr for scsi_host. */
    public record AdapterDef(String type, String name, String parent, String parentWwnn, String parentWwpn,
                             String parentFabricWwn, String managed, String wwnn, String wwpn,
                             Integer unique, String pciAddress) {
    }

    public PoolSourceDef withName(String n) {
        return new PoolSourceDef(hosts, devices, dir, adapter, n, initiatorIqn, format, auth, protocolVer, vendor,
                product);
    }

    public PoolSourceDef withFormat(String f) {
        return new PoolSourceDef(hosts, devices, dir, adapter, name, initiatorIqn, f, auth, protocolVer, vendor,
                product);
    }
}
