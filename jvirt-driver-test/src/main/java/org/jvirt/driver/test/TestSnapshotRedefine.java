package org.jvirt.driver.test;

import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.snapshot.SnapshotAlign;
import org.jvirt.conf.snapshot.SnapshotDef;
import org.jvirt.conf.snapshot.SnapshotState;
import org.jvirt.core.DomainObj;
import org.jvirt.core.DomainMomentObjList.Node;
import org.jvirt.core.DomainSnapshotObjList;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * virDomainSnapshotRedefinePrep for the test driver: cycle check, the checks against the domain and an existing
 * snapshot of the same name, disk alignment; then the definition replaces the existing one (keeping its domain
 * when the new one has none) or becomes a new node.
 */
final class TestSnapshotRedefine {

    private TestSnapshotRedefine() {
    }

    static Node<SnapshotDef> prepare(DomainObj obj, SnapshotDef def) {
        DomainSnapshotObjList list = obj.snapshots();
        list.checkCycles(def);
        Node<SnapshotDef> other = list.find(def.name());
        DomainDef otherDom = other == null ? null : other.def().dom();
        validate(def, obj, other);
        SnapshotDef aligned = SnapshotAlign.alignRedefined(def, otherDom);
        if (other == null) {
            return list.assign(aligned);
        }
        if (aligned.dom() == null) {
            aligned = aligned.withDom(otherDom);
        }
        list.dropParent(other);
        other.setDef(aligned);
        return other;
    }

    /** virDomainSnapshotRedefineValidate (DISK_ONLY cannot reach here: the test driver refuses the flag). */
    private static void validate(SnapshotDef def, DomainObj obj, Node<SnapshotDef> other) {
        if (def.dom() != null && !def.dom().uuid().equals(obj.uuid())) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN_SNAPSHOT,
                    "definition for snapshot %s must use uuid %s", def.name(), obj.uuid());
        }
        if (other == null) {
            return;
        }
        SnapshotDef o = other.def();
        if (TestSnapshotOps.online(o) != TestSnapshotOps.online(def)) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN_SNAPSHOT,
                    "cannot change between online and offline snapshot state in snapshot %s", def.name());
        }
        if ((o.state() == SnapshotState.DISK_SNAPSHOT) != (def.state() == SnapshotState.DISK_SNAPSHOT)) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN_SNAPSHOT,
                    "cannot change between disk only and full system in snapshot %s", def.name());
        }
    }
}
