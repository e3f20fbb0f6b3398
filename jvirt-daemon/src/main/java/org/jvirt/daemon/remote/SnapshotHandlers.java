package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.RemoteProcedure.*;

import org.jvirt.rpc.remote.DomainSnapshotNumRet;

/** Domain snapshot procedures, each one call on the client's Domain (or DomainSnapshot). */
final class SnapshotHandlers {

    private SnapshotHandlers() {
    }

    static void register(HandlerTable t) {
        t.on(DOMAIN_SNAPSHOT_NUM, (c, a) -> new DomainSnapshotNumRet(c.domain(a.dom()).snapshotNum(a.flags())));
    }
}
