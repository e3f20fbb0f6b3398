package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_fsinfo. */
public record DomainFsinfo(String mountpoint, String name, String fstype, @XdrMax(RemoteLimits.DOMAIN_FSINFO_DISKS_MAX) List<String> devAliases) {
}
