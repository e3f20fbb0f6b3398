package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.DomainSnapshotProcedures.*;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.DomainSnapshot;
import org.jvirt.rpc.remote.DomainHasCurrentSnapshotRet;
import org.jvirt.rpc.remote.DomainListAllSnapshotsRet;
import org.jvirt.rpc.remote.DomainSnapshotCreateXmlRet;
import org.jvirt.rpc.remote.DomainSnapshotCurrentRet;
import org.jvirt.rpc.remote.DomainSnapshotGetParentRet;
import org.jvirt.rpc.remote.DomainSnapshotGetXmlDescRet;
import org.jvirt.rpc.remote.DomainSnapshotHasMetadataRet;
import org.jvirt.rpc.remote.DomainSnapshotIsCurrentRet;
import org.jvirt.rpc.remote.DomainSnapshotListAllChildrenRet;
import org.jvirt.rpc.remote.DomainSnapshotListChildrenNamesRet;
import org.jvirt.rpc.remote.DomainSnapshotListNamesRet;
import org.jvirt.rpc.remote.DomainSnapshotLookupByNameRet;
import org.jvirt.rpc.remote.DomainSnapshotNumChildrenRet;
import org.jvirt.rpc.remote.DomainSnapshotNumRet;
import org.jvirt.rpc.remote.NonnullDomainSnapshot;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.remote.RemoteTypes;
import org.jvirt.rpc.xdr.XdrVoid;

/** Domain snapshot procedures, each one call on the client's Domain (or DomainSnapshot). */
final class SnapshotHandlers {

    private static final XdrVoid VOID = XdrVoid.VOID;
    private static final String TOO_MANY_NAMES = "maxnames > REMOTE_DOMAIN_SNAPSHOT_LIST_MAX";

    private SnapshotHandlers() {
    }

    static void register(HandlerTable t) {
        t.on(DOMAIN_SNAPSHOT_NUM, (c, a) -> new DomainSnapshotNumRet(c.domain(a.dom()).snapshotNum(a.flags())));
        t.on(DOMAIN_SNAPSHOT_CREATE_XML, (c, a) -> new DomainSnapshotCreateXmlRet(
                snap(c.domain(a.dom()).snapshotCreateXML(a.xmlDesc(), a.flags()))));
        t.on(DOMAIN_SNAPSHOT_GET_XML_DESC, (c, a) -> new DomainSnapshotGetXmlDescRet(c.snapshot(a.snap()).getXMLDesc(a.flags())));
        t.on(DOMAIN_SNAPSHOT_LIST_NAMES, (c, a) -> {
            Wire.checkMax(a.maxnames(), RemoteLimits.DOMAIN_SNAPSHOT_LIST_MAX, TOO_MANY_NAMES);
            Wire.nonNegative(a.maxnames(), "maxnames");
            return new DomainSnapshotListNamesRet(Wire.first(c.domain(a.dom()).snapshotListNames(a.flags()), a.maxnames()));
        });
        t.on(DOMAIN_SNAPSHOT_LOOKUP_BY_NAME, (c, a) -> new DomainSnapshotLookupByNameRet(
                snap(c.domain(a.dom()).snapshotLookupByName(a.name(), a.flags()))));
        t.on(DOMAIN_HAS_CURRENT_SNAPSHOT, (c, a) -> new DomainHasCurrentSnapshotRet(
                Wire.bool(c.domain(a.dom()).hasCurrentSnapshot(a.flags()))));
        t.on(DOMAIN_SNAPSHOT_CURRENT, (c, a) -> new DomainSnapshotCurrentRet(snap(c.domain(a.dom()).snapshotCurrent(a.flags()))));
        t.on(DOMAIN_REVERT_TO_SNAPSHOT, (c, a) -> {
            c.snapshot(a.snap()).revert(a.flags());
            return VOID;
        });
        t.on(DOMAIN_SNAPSHOT_DELETE, (c, a) -> {
            c.snapshot(a.snap()).delete(a.flags());
            return VOID;
        });
        t.on(DOMAIN_SNAPSHOT_GET_PARENT, (c, a) -> new DomainSnapshotGetParentRet(snap(c.snapshot(a.snap()).getParent(a.flags()))));
        t.on(DOMAIN_SNAPSHOT_NUM_CHILDREN, (c, a) -> new DomainSnapshotNumChildrenRet(
                c.snapshot(a.snap()).numChildren(a.flags())));
        t.on(DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES, (c, a) -> {
            Wire.checkMax(a.maxnames(), RemoteLimits.DOMAIN_SNAPSHOT_LIST_MAX, TOO_MANY_NAMES);
            Wire.nonNegative(a.maxnames(), "maxnames");
            return new DomainSnapshotListChildrenNamesRet(
                    Wire.first(c.snapshot(a.snap()).listChildrenNames(a.flags()), a.maxnames()));
        });
        t.on(DOMAIN_SNAPSHOT_IS_CURRENT, (c, a) -> new DomainSnapshotIsCurrentRet(
                Wire.bool(c.snapshot(a.snap()).isCurrent(a.flags()))));
        t.on(DOMAIN_SNAPSHOT_HAS_METADATA, (c, a) -> new DomainSnapshotHasMetadataRet(
                Wire.bool(c.snapshot(a.snap()).hasMetadata(a.flags()))));
        t.on(DOMAIN_LIST_ALL_SNAPSHOTS, (c, a) -> {
            List<DomainSnapshot> all = c.domain(a.dom()).listAllSnapshots(a.flags());
            return new DomainListAllSnapshotsRet(snaps(all, a.needResults()), all.size());
        });
        t.on(DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN, (c, a) -> {
            List<DomainSnapshot> all = c.snapshot(a.snapshot()).listAllChildren(a.flags());
            return new DomainSnapshotListAllChildrenRet(snaps(all, a.needResults()), all.size());
        });
    }

    private static NonnullDomainSnapshot snap(DomainSnapshot s) {
        return RemoteTypes.snapshot(s.ref());
    }

    /** The list libvirtd sends back: empty when the client asked for the count only; bounded by the limit. */
    private static List<NonnullDomainSnapshot> snaps(List<DomainSnapshot> all, int needResults) {
        if (all.size() > RemoteLimits.DOMAIN_SNAPSHOT_LIST_MAX) {
            throw Wire.internal("Too many domain snapshots '" + all.size() + "' for limit '"
                    + RemoteLimits.DOMAIN_SNAPSHOT_LIST_MAX + "'");
        }
        List<NonnullDomainSnapshot> out = new ArrayList<>();
        if (needResults != 0) {
            for (DomainSnapshot s : all) {
                out.add(snap(s));
            }
        }
        return out;
    }
}
