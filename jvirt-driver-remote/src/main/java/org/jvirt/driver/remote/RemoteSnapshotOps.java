package org.jvirt.driver.remote;

import static org.jvirt.rpc.remote.DomainSnapshotProcedures.*;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.rpc.remote.DomainHasCurrentSnapshotArgs;
import org.jvirt.rpc.remote.DomainListAllSnapshotsArgs;
import org.jvirt.rpc.remote.DomainRevertToSnapshotArgs;
import org.jvirt.rpc.remote.DomainSnapshotCreateXmlArgs;
import org.jvirt.rpc.remote.DomainSnapshotCurrentArgs;
import org.jvirt.rpc.remote.DomainSnapshotDeleteArgs;
import org.jvirt.rpc.remote.DomainSnapshotGetParentArgs;
import org.jvirt.rpc.remote.DomainSnapshotGetXmlDescArgs;
import org.jvirt.rpc.remote.DomainSnapshotHasMetadataArgs;
import org.jvirt.rpc.remote.DomainSnapshotIsCurrentArgs;
import org.jvirt.rpc.remote.DomainSnapshotListAllChildrenArgs;
import org.jvirt.rpc.remote.DomainSnapshotListChildrenNamesArgs;
import org.jvirt.rpc.remote.DomainSnapshotListNamesArgs;
import org.jvirt.rpc.remote.DomainSnapshotLookupByNameArgs;
import org.jvirt.rpc.remote.DomainSnapshotNumArgs;
import org.jvirt.rpc.remote.DomainSnapshotNumChildrenArgs;
import org.jvirt.rpc.remote.NonnullDomainSnapshot;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.remote.RemoteTypes;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.DomainSnapshotRef;

/** The snapshot entries of the remote hypervisor table: each one procedure on the daemon. */
interface RemoteSnapshotOps extends RemoteTable {

    private static NonnullDomainSnapshot snap(DomainSnapshotRef ref) {
        return RemoteTypes.snapshot(ref);
    }

    private static List<DomainSnapshotRef> refs(List<NonnullDomainSnapshot> snaps) {
        List<DomainSnapshotRef> out = new ArrayList<>(snaps.size());
        for (NonnullDomainSnapshot s : snaps) {
            out.add(RemoteTypes.snapshot(s));
        }
        return out;
    }

    private static int names(int maxnames) {
        return Math.min(maxnames, RemoteLimits.DOMAIN_SNAPSHOT_LIST_MAX);
    }

    @Override
    default DomainSnapshotRef domainSnapshotCreateXML(DomainRef dom, String xmlDesc, int flags) {
        return RemoteTypes.snapshot(rpc().call(DOMAIN_SNAPSHOT_CREATE_XML,
                new DomainSnapshotCreateXmlArgs(RemoteWire.dom(dom), xmlDesc, flags)).snap());
    }

    @Override
    default String domainSnapshotGetXMLDesc(DomainSnapshotRef snapshot, int flags) {
        return rpc().call(DOMAIN_SNAPSHOT_GET_XML_DESC, new DomainSnapshotGetXmlDescArgs(snap(snapshot), flags)).xml();
    }

    @Override
    default int domainSnapshotNum(DomainRef dom, int flags) {
        return rpc().call(DOMAIN_SNAPSHOT_NUM, new DomainSnapshotNumArgs(RemoteWire.dom(dom), flags)).num();
    }

    @Override
    default List<String> domainSnapshotListNames(DomainRef dom, int maxnames, int flags) {
        return rpc().call(DOMAIN_SNAPSHOT_LIST_NAMES,
                new DomainSnapshotListNamesArgs(RemoteWire.dom(dom), names(maxnames), flags)).names();
    }

    @Override
    default List<DomainSnapshotRef> domainListAllSnapshots(DomainRef dom, int flags) {
        return refs(rpc().call(DOMAIN_LIST_ALL_SNAPSHOTS,
                new DomainListAllSnapshotsArgs(RemoteWire.dom(dom), 1, flags)).snapshots());
    }

    @Override
    default int domainSnapshotNumChildren(DomainSnapshotRef snapshot, int flags) {
        return rpc().call(DOMAIN_SNAPSHOT_NUM_CHILDREN, new DomainSnapshotNumChildrenArgs(snap(snapshot), flags)).num();
    }

    @Override
    default List<String> domainSnapshotListChildrenNames(DomainSnapshotRef snapshot, int maxnames, int flags) {
        return rpc().call(DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES,
                new DomainSnapshotListChildrenNamesArgs(snap(snapshot), names(maxnames), flags)).names();
    }

    @Override
    default List<DomainSnapshotRef> domainSnapshotListAllChildren(DomainSnapshotRef snapshot, int flags) {
        return refs(rpc().call(DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN,
                new DomainSnapshotListAllChildrenArgs(snap(snapshot), 1, flags)).snapshots());
    }

    @Override
    default DomainSnapshotRef domainSnapshotLookupByName(DomainRef dom, String name, int flags) {
        return RemoteTypes.snapshot(rpc().call(DOMAIN_SNAPSHOT_LOOKUP_BY_NAME,
                new DomainSnapshotLookupByNameArgs(RemoteWire.dom(dom), name, flags)).snap());
    }

    @Override
    default boolean domainHasCurrentSnapshot(DomainRef dom, int flags) {
        return rpc().call(DOMAIN_HAS_CURRENT_SNAPSHOT, new DomainHasCurrentSnapshotArgs(RemoteWire.dom(dom), flags)).result() != 0;
    }

    @Override
    default DomainSnapshotRef domainSnapshotGetParent(DomainSnapshotRef snapshot, int flags) {
        return RemoteTypes.snapshot(rpc().call(DOMAIN_SNAPSHOT_GET_PARENT,
                new DomainSnapshotGetParentArgs(snap(snapshot), flags)).snap());
    }

    @Override
    default DomainSnapshotRef domainSnapshotCurrent(DomainRef dom, int flags) {
        return RemoteTypes.snapshot(rpc().call(DOMAIN_SNAPSHOT_CURRENT,
                new DomainSnapshotCurrentArgs(RemoteWire.dom(dom), flags)).snap());
    }

    @Override
    default boolean domainSnapshotIsCurrent(DomainSnapshotRef snapshot, int flags) {
        return rpc().call(DOMAIN_SNAPSHOT_IS_CURRENT, new DomainSnapshotIsCurrentArgs(snap(snapshot), flags)).current() != 0;
    }

    @Override
    default boolean domainSnapshotHasMetadata(DomainSnapshotRef snapshot, int flags) {
        return rpc().call(DOMAIN_SNAPSHOT_HAS_METADATA, new DomainSnapshotHasMetadataArgs(snap(snapshot), flags)).metadata() != 0;
    }

    @Override
    default void domainRevertToSnapshot(DomainSnapshotRef snapshot, int flags) {
        rpc().call(DOMAIN_REVERT_TO_SNAPSHOT, new DomainRevertToSnapshotArgs(snap(snapshot), flags));
    }

    @Override
    default void domainSnapshotDelete(DomainSnapshotRef snapshot, int flags) {
        rpc().call(DOMAIN_SNAPSHOT_DELETE, new DomainSnapshotDeleteArgs(snap(snapshot), flags));
    }
}
