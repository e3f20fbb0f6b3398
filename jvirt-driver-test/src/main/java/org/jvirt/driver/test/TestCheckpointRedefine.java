package org.jvirt.driver.test;

import org.jvirt.conf.checkpoint.CheckpointAlign;
import org.jvirt.conf.checkpoint.CheckpointDef;
import org.jvirt.core.DomainCheckpointObjList;
import org.jvirt.core.DomainMomentObjList.Node;
import org.jvirt.core.DomainObj;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** virDomainCheckpointRedefinePrep and virDomainCheckpointRedefineCommit for the test driver. */
final class TestCheckpointRedefine {

    private TestCheckpointRedefine() {
    }

    /** The redefined checkpoint becomes current when its parent is the current one, or when there is none. */
    static boolean updatesCurrent(DomainObj obj, CheckpointDef def) {
        DomainCheckpointObjList list = obj.checkpoints();
        Node<CheckpointDef> parent = list.find(def.parentName());
        return parent != null && parent == list.current() || list.current() == null;
    }

    /** Cycle and uuid checks, then disks aligned to the embedded domain (or only bitmap names without one). */
    static CheckpointDef prepare(DomainObj obj, CheckpointDef def) {
        obj.checkpoints().checkCycles(def);
        if (def.dom() == null) {
            return CheckpointAlign.assignBitmapNames(def);
        }
        if (!obj.def().uuid().equals(def.dom().uuid())) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN_CHECKPOINT,
                    "definition for checkpoint %s must use uuid %s", def.name(), obj.def().uuid());
        }
        return CheckpointAlign.align(def);
    }

    /** An existing checkpoint of that name keeps its children and takes the new definition. */
    static Node<CheckpointDef> commit(DomainCheckpointObjList list, CheckpointDef def) {
        Node<CheckpointDef> other = list.find(def.name());
        if (other == null) {
            return list.assign(def);
        }
        list.dropParent(other);
        other.setDef(def);
        return other;
    }
}
