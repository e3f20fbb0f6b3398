package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.DomainSnapshotProcedures.*;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.DomainCheckpoint;
import org.jvirt.rpc.remote.DomainCheckpointCreateXmlRet;
import org.jvirt.rpc.remote.DomainCheckpointGetParentRet;
import org.jvirt.rpc.remote.DomainCheckpointGetXmlDescRet;
import org.jvirt.rpc.remote.DomainCheckpointListAllChildrenRet;
import org.jvirt.rpc.remote.DomainCheckpointLookupByNameRet;
import org.jvirt.rpc.remote.DomainListAllCheckpointsRet;
import org.jvirt.rpc.remote.NonnullDomainCheckpoint;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.remote.RemoteTypes;
import org.jvirt.rpc.xdr.XdrVoid;

/** Domain checkpoint procedures, each one call on the client's Domain (or DomainCheckpoint). */
final class CheckpointHandlers {

    private CheckpointHandlers() {
    }

    static void register(HandlerTable t) {
        t.on(DOMAIN_CHECKPOINT_CREATE_XML, (c, a) -> new DomainCheckpointCreateXmlRet(
                cp(c.domain(a.dom()).checkpointCreateXML(a.xmlDesc(), a.flags()))));
        t.on(DOMAIN_CHECKPOINT_GET_XML_DESC, (c, a) -> new DomainCheckpointGetXmlDescRet(
                c.checkpoint(a.checkpoint()).getXMLDesc(a.flags())));
        t.on(DOMAIN_CHECKPOINT_LOOKUP_BY_NAME, (c, a) -> new DomainCheckpointLookupByNameRet(
                cp(c.domain(a.dom()).checkpointLookupByName(a.name(), a.flags()))));
        t.on(DOMAIN_CHECKPOINT_GET_PARENT, (c, a) -> new DomainCheckpointGetParentRet(
                cp(c.checkpoint(a.checkpoint()).getParent(a.flags()))));
        t.on(DOMAIN_CHECKPOINT_DELETE, (c, a) -> {
            c.checkpoint(a.checkpoint()).delete(a.flags());
            return XdrVoid.VOID;
        });
        t.on(DOMAIN_LIST_ALL_CHECKPOINTS, (c, a) -> {
            List<DomainCheckpoint> all = c.domain(a.dom()).listAllCheckpoints(a.flags());
            return new DomainListAllCheckpointsRet(cps(all, a.needResults()), all.size());
        });
        t.on(DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN, (c, a) -> {
            List<DomainCheckpoint> all = c.checkpoint(a.checkpoint()).listAllChildren(a.flags());
            return new DomainCheckpointListAllChildrenRet(cps(all, a.needResults()), all.size());
        });
    }

    private static NonnullDomainCheckpoint cp(DomainCheckpoint c) {
        return RemoteTypes.checkpoint(c.ref());
    }

    /** The list libvirtd sends back: empty when the client asked for the count only; bounded by the limit. */
    private static List<NonnullDomainCheckpoint> cps(List<DomainCheckpoint> all, int needResults) {
        if (all.size() > RemoteLimits.DOMAIN_CHECKPOINT_LIST_MAX) {
            throw Wire.internal("Too many domain checkpoints '" + all.size() + "' for limit '"
                    + RemoteLimits.DOMAIN_CHECKPOINT_LIST_MAX + "'");
        }
        List<NonnullDomainCheckpoint> out = new ArrayList<>();
        if (needResults != 0) {
            for (DomainCheckpoint c : all) {
                out.add(cp(c));
            }
        }
        return out;
    }
}
