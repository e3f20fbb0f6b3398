package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_domain_backup_begin_args. */
public record DomainBackupBeginArgs(NonnullDomain dom, String backupXml, @XdrOptional String checkpointXml,
        int flags) {
}
