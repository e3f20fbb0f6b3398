package org.jvirt.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jvirt.conf.snapshot.SnapshotDef;
import org.jvirt.conf.snapshot.SnapshotState;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.DomainSnapshotListFlag;

/**
 * A domain's snapshots as a tree (libvirt's virDomainSnapshotObjList over virDomainMomentObjList): by name, with
 * parent and child links under a nameless metaroot, and the current snapshot. Children are kept newest first,
 * as libvirt links them. Not thread-safe: callers hold the domain object's lock.
 */
public final class DomainSnapshotObjList {

    /** One snapshot in the tree (virDomainMomentObj). The metaroot has no definition. */
    public static final class Node {
        private SnapshotDef def;
        private Node parent;
        private final List<Node> children = new ArrayList<>();

        Node(SnapshotDef def) {
            this.def = def;
        }

        public SnapshotDef def() {
            return def;
        }

        public void setDef(SnapshotDef d) {
            def = d;
        }

        public Node parent() {
            return parent;
        }

        public List<Node> children() {
            return children;
        }
    }

    private static final int LEAVES = DomainSnapshotListFlag.LEAVES.value();
    private static final int NO_LEAVES = DomainSnapshotListFlag.NO_LEAVES.value();
    private static final int METADATA = DomainSnapshotListFlag.METADATA.value();
    private static final int NO_METADATA = DomainSnapshotListFlag.NO_METADATA.value();
    private static final int INACTIVE = DomainSnapshotListFlag.INACTIVE.value();
    private static final int ACTIVE = DomainSnapshotListFlag.ACTIVE.value();
    private static final int DISK_ONLY = DomainSnapshotListFlag.DISK_ONLY.value();
    private static final int INTERNAL = DomainSnapshotListFlag.INTERNAL.value();
    private static final int EXTERNAL = DomainSnapshotListFlag.EXTERNAL.value();
    private static final int STATUS = INACTIVE | ACTIVE | DISK_ONLY;
    private static final int LOCATION = INTERNAL | EXTERNAL;
    /** VIR_DOMAIN_SNAPSHOT_FILTERS_ALL. */
    public static final int FILTERS_ALL = LEAVES | NO_LEAVES | METADATA | NO_METADATA | STATUS | LOCATION;

    private final Map<String, Node> objs = new LinkedHashMap<>();
    private final Node metaroot = new Node(null);
    private Node current;

    public int size() {
        return objs.size();
    }

    public Node find(String name) {
        return name == null ? null : objs.get(name);
    }

    public Node current() {
        return current;
    }

    public void setCurrent(Node n) {
        current = n;
    }

    /** virDomainMomentAssignDef: a new node, not yet linked to its parent. */
    public Node assign(SnapshotDef def) {
        if (objs.containsKey(def.name())) {
            throw VirtException.of(ErrorCode.OPERATION_FAILED, ErrorDomain.DOMAIN, "domain moment %s already exists", def.name());
        }
        Node n = new Node(def);
        objs.put(def.name(), n);
        return n;
    }

    /** virDomainMomentLinkParent: under the parent its definition names, or the metaroot; newest child first. */
    public void linkParent(Node n) {
        Node p = find(n.def.parentName());
        if (p == null) {
            p = metaroot;
        }
        n.parent = p;
        p.children.add(0, n);
    }

    /** virDomainMomentDropParent. */
    public void dropParent(Node n) {
        if (n.parent != null) {
            n.parent.children.remove(n);
            n.parent = null;
        }
    }

    /** The parent node, null for a root. */
    public Node parentOf(Node n) {
        return n.parent == metaroot ? null : n.parent;
    }

    /** The metaroot when {@code n} is a root: where children of a deleted root go. */
    public Node parentOrRoot(Node n) {
        return n.parent == null ? metaroot : n.parent;
    }

    /** virDomainMomentMoveChildren: from's children go in front of to's. */
    public void moveChildren(Node from, Node to) {
        for (Node c : from.children) {
            c.parent = to;
        }
        to.children.addAll(0, from.children);
        from.children.clear();
    }

    /** virDomainMomentDropChildren: forget the links (the nodes themselves are removed separately). */
    public void dropChildren(Node n) {
        n.children.clear();
    }

    /** virDomainMomentObjListRemove: true when it was the current one (which is then unset). */
    public boolean remove(Node n) {
        objs.remove(n.def.name());
        boolean wasCurrent = current == n;
        if (wasCurrent) {
            current = null;
        }
        return wasCurrent;
    }

    public void removeAll() {
        objs.clear();
        metaroot.children.clear();
        current = null;
    }

    /** virDomainMomentForEachDescendant: depth first, each node before its children. */
    public void forEachDescendant(Node from, Consumer<Node> visit) {
        for (Node c : List.copyOf(from.children)) {
            visit.accept(c);
            forEachDescendant(c, visit);
        }
    }

    /**
     * virDomainSnapshotObjListGetNames: the names below {@code from} (null: the whole list) that pass the
     * filters of {@code flags} (virDomainSnapshotListFlags, already checked by the driver).
     */
    public List<String> names(Node from, int flags) {
        int topo = DomainSnapshotListFlag.TOPOLOGICAL.value();
        int rootsOrDescendants = 1;
        int leaves = flags & (LEAVES | NO_LEAVES);
        int metadata = flags & (METADATA | NO_METADATA);
        boolean descendants = (flags & rootsOrDescendants) != 0;
        boolean topological = (flags & topo) != 0;
        int filter = flags & (STATUS | LOCATION);
        if ((filter & STATUS) == STATUS) {
            filter &= ~STATUS;
        }
        if ((filter & LOCATION) == LOCATION) {
            filter &= ~LOCATION;
        }
        if (from == null) {
            // ROOTS and DESCENDANTS share a bit with opposite meaning: from the metaroot, ROOTS = its children
            descendants = !descendants;
            from = metaroot;
        }
        List<String> out = new ArrayList<>();
        if (metadata == NO_METADATA) {
            return out; // every snapshot here has metadata
        }
        int f = filter;
        Consumer<Node> collect = n -> {
            if ((leaves & LEAVES) != 0 && !n.children.isEmpty() || (leaves & NO_LEAVES) != 0 && n.children.isEmpty()) {
                return;
            }
            if (passes(n.def, f)) {
                out.add(n.def.name());
            }
        };
        if (descendants) {
            if (from != metaroot || topological) {
                forEachDescendant(from, collect);
            } else {
                objs.values().forEach(collect);
            }
        } else {
            from.children.forEach(collect);
        }
        return out;
    }

    /** virDomainSnapshotFilter. */
    private static boolean passes(SnapshotDef def, int flags) {
        if ((flags & STATUS) != 0) {
            SnapshotState st = def.state();
            if ((flags & INACTIVE) == 0 && st == SnapshotState.SHUTOFF
                    || (flags & DISK_ONLY) == 0 && st == SnapshotState.DISK_SNAPSHOT
                    || (flags & ACTIVE) == 0 && st != SnapshotState.SHUTOFF && st != SnapshotState.DISK_SNAPSHOT) {
                return false;
            }
        }
        return !((flags & INTERNAL) != 0 && def.isExternal() || (flags & EXTERNAL) != 0 && !def.isExternal());
    }

    /** virDomainMomentCheckCycles: the parent must exist and must not descend from the snapshot. */
    public void checkCycles(SnapshotDef def) {
        String parent = def.parentName();
        if (parent == null) {
            return;
        }
        if (parent.equals(def.name())) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                    "cannot set moment " + def.name() + " as its own parent");
        }
        Node other = find(parent);
        if (other == null) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                    "parent " + parent + " for moment " + def.name() + " not found");
        }
        while (other != null && other.def.parentName() != null) {
            if (other.def.parentName().equals(def.name())) {
                throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                    "parent " + other.def.name() + " would create cycle to " + def.name());
            }
            other = find(other.def.parentName());
        }
    }
}
