package org.jvirt;

import java.util.List;

/** virDomainFSInfo: a mounted filesystem of the guest and the disks (target names) it lives on. */
public record DomainFSInfo(String mountpoint, String name, String fstype, List<String> devAliases) {

    public DomainFSInfo {
        devAliases = List.copyOf(devAliases);
    }
}
