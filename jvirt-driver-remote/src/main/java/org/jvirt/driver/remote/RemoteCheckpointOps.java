package org.jvirt.driver.remote;

import static org.jvirt.rpc.remote.DomainSnapshotProcedures.*;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.rpc.remote.DomainCheckpointCreateXmlArgs;
import org.jvirt.rpc.remote.DomainCheckpointDeleteArgs;
import org.jvirt.rpc.remote.DomainCheckpointGetParentArgs;
import org.jvirt.rpc.remote.DomainCheckpointGetXmlDescArgs;
import org.jvirt.rpc.remote.DomainCheckpointListAllChildrenArgs;
import org.jvirt.rpc.remote.DomainCheckpointLookupByNameArgs;
import org.jvirt.rpc.remote.DomainListAllCheckpointsArgs;
import org.jvirt.rpc.remote.NonnullDomainCheckpoint;
import org.jvirt.rpc.remote.RemoteTypes;
import org.jvirt.spi.DomainCheckpointRef;
import org.jvirt.spi.DomainRef;

/** The checkpoint entries of the remote hypervisor table: each one procedure on the daemon. */
interface RemoteCheckpointOps extends RemoteTable {

    private static NonnullDomainCheckpoint cp(DomainCheckpointRef ref) {
        return RemoteTypes.checkpoint(ref);
    }

    private static List<DomainCheckpointRef> refs(List<NonnullDomainCheckpoint> cps) {
        List<DomainCheckpointRef> out = new ArrayList<>(cps.size());
        for (NonnullDomainCheckpoint c : cps) {
            out.add(RemoteTypes.checkpoint(c));
        }
        return out;
    }

    @Override
    default DomainCheckpointRef domainCheckpointCreateXML(DomainRef dom, String xmlDesc, int flags) {
        return RemoteTypes.checkpoint(rpc().call(DOMAIN_CHECKPOINT_CREATE_XML,
                new DomainCheckpointCreateXmlArgs(RemoteWire.dom(dom), xmlDesc, flags)).checkpoint());
    }

    @Override
    default String domainCheckpointGetXMLDesc(DomainCheckpointRef checkpoint, int flags) {
        return rpc().call(DOMAIN_CHECKPOINT_GET_XML_DESC, new DomainCheckpointGetXmlDescArgs(cp(checkpoint), flags)).xml();
    }

    @Override
    default List<DomainCheckpointRef> domainListAllCheckpoints(DomainRef dom, int flags) {
        return refs(rpc().call(DOMAIN_LIST_ALL_CHECKPOINTS,
                new DomainListAllCheckpointsArgs(RemoteWire.dom(dom), 1, flags)).checkpoints());
    }

    @Override
    default List<DomainCheckpointRef> domainCheckpointListAllChildren(DomainCheckpointRef checkpoint, int flags) {
        return refs(rpc().call(DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN,
                new DomainCheckpointListAllChildrenArgs(cp(checkpoint), 1, flags)).checkpoints());
    }

    @Override
    default DomainCheckpointRef domainCheckpointLookupByName(DomainRef dom, String name, int flags) {
        return RemoteTypes.checkpoint(rpc().call(DOMAIN_CHECKPOINT_LOOKUP_BY_NAME,
                new DomainCheckpointLookupByNameArgs(RemoteWire.dom(dom), name, flags)).checkpoint());
    }

    @Override
    default DomainCheckpointRef domainCheckpointGetParent(DomainCheckpointRef checkpoint, int flags) {
        return RemoteTypes.checkpoint(rpc().call(DOMAIN_CHECKPOINT_GET_PARENT,
                new DomainCheckpointGetParentArgs(cp(checkpoint), flags)).parent());
    }

    @Override
    default void domainCheckpointDelete(DomainCheckpointRef checkpoint, int flags) {
        rpc().call(DOMAIN_CHECKPOINT_DELETE, new DomainCheckpointDeleteArgs(cp(checkpoint), flags));
    }
}
