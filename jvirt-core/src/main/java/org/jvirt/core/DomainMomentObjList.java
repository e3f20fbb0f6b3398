package org.jvirt.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jvirt.conf.moment.MomentDef;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * A domain's moments (snapshots or checkpoints) as a tree (libvirt's virDomainMomentObjList): by name, with
 * parent and child links under a nameless metaroot, and the current moment. Children are kept newest first, as
 * libvirt links them. The snapshot and checkpoint lists add their own flag filters on top. Not thread-safe:
 * callers hold the domain object's lock.
 */
public class DomainMomentObjList<D extends MomentDef> {

    /** One moment in the tree (virDomainMomentObj). The metaroot has no definition. */
    public static final class Node<D> {
        private D def;
        private Node<D> parent;
        private final List<Node<D>> children = new ArrayList<>();

        Node(D def) {
            this.def = def;
        }

        public D def() {
            return def;
        }

        public void setDef(D d) {
            def = d;
        }

        public Node<D> parent() {
            return parent;
        }

        public List<Node<D>> children() {
            return children;
        }
    }

    private final Map<String, Node<D>> objs = new LinkedHashMap<>();
    private final Node<D> metaroot = new Node<>(null);
    private Node<D> current;

    public int size() {
        return objs.size();
    }

    public Node<D> find(String name) {
        return name == null ? null : objs.get(name);
    }

    public Node<D> current() {
        return current;
    }

    public void setCurrent(Node<D> n) {
        current = n;
    }

    /** virDomainMomentAssignDef: a new node, not yet linked to its parent. */
    public Node<D> assign(D def) {
        if (objs.containsKey(def.name())) {
            throw VirtException.of(ErrorCode.OPERATION_FAILED, ErrorDomain.DOMAIN, "domain moment %s already exists", def.name());
        }
        Node<D> n = new Node<>(def);
        objs.put(def.name(), n);
        return n;
    }

    /** virDomainMomentLinkParent: under the parent its definition names, or the metaroot; newest child first. */
    public void linkParent(Node<D> n) {
        Node<D> p = find(n.def.parentName());
        if (p == null) {
            p = metaroot;
        }
        n.parent = p;
        p.children.add(0, n);
    }

    /** virDomainMomentDropParent. */
    public void dropParent(Node<D> n) {
        if (n.parent != null) {
            n.parent.children.remove(n);
            n.parent = null;
        }
    }

    /** The parent node, null for a root. */
    public Node<D> parentOf(Node<D> n) {
        return n.parent == metaroot ? null : n.parent;
    }

    /** The metaroot when {@code n} is a root: where children of a deleted root go. */
    public Node<D> parentOrRoot(Node<D> n) {
        return n.parent == null ? metaroot : n.parent;
    }

    /** virDomainMomentMoveChildren: from's children go in front of to's. */
    public void moveChildren(Node<D> from, Node<D> to) {
        for (Node<D> c : from.children) {
            c.parent = to;
        }
        to.children.addAll(0, from.children);
        from.children.clear();
    }

    /** virDomainMomentDropChildren: forget the links (the nodes themselves are removed separately). */
    public void dropChildren(Node<D> n) {
        n.children.clear();
    }

    /** virDomainMomentObjListRemove: true when it was the current one (which is then unset). */
    public boolean remove(Node<D> n) {
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

    /**
     * Deletes {@code n} as libvirt's test driver deletes a snapshot or checkpoint. With {@code children} or
     * {@code childrenOnly} its descendants go too, and if one of them was current, n becomes current; otherwise
     * its children move up to its parent, {@code reparent} giving each the new parent name. With
     * {@code childrenOnly} n itself stays.
     */
    public void delete(Node<D> n, boolean children, boolean childrenOnly, BiFunction<D, String, D> reparent) {
        if (children || childrenOnly) {
            boolean[] hadCurrent = {false};
            forEachDescendant(n, d -> hadCurrent[0] |= remove(d));
            if (hadCurrent[0]) {
                setCurrent(n);
            }
        } else if (!n.children().isEmpty()) {
            Node<D> parent = parentOf(n);
            String parentName = parent == null ? null : parent.def().name();
            for (Node<D> c : n.children()) {
                c.setDef(reparent.apply(c.def(), parentName));
            }
            moveChildren(n, parentOrRoot(n));
        }
        if (childrenOnly) {
            dropChildren(n);
        } else {
            dropParent(n);
            if (n == current()) {
                setCurrent(find(n.def().parentName()));
            }
            remove(n);
        }
    }

    /** virDomainMomentForEachDescendant: depth first, each node before its children. */
    public void forEachDescendant(Node<D> from, Consumer<Node<D>> visit) {
        for (Node<D> c : List.copyOf(from.children)) {
            visit.accept(c);
            forEachDescendant(c, visit);
        }
    }

    /**
     * virDomainMomentObjListGetNames: the names below {@code from} (null: the whole list) that pass the
     * LEAVES / NO_LEAVES pair (each excludes nodes with / without children) and {@code filter}.
     *
     * @param rootsOrDescendants the bit ROOTS and DESCENDANTS share: from a moment, all descendants instead of
     *                           the children; from the whole list (null), the roots only instead of everything
     * @param topological parents before children (the whole list in tree order rather than creation order)
     */
    public List<String> names(Node<D> from, boolean rootsOrDescendants, boolean topological, boolean leaves,
            boolean noLeaves, Predicate<D> filter) {
        boolean descendants = rootsOrDescendants;
        if (from == null) {
            descendants = !descendants;
            from = metaroot;
        }
        List<String> out = new ArrayList<>();
        Consumer<Node<D>> collect = n -> {
            if (leaves && !n.children.isEmpty() || noLeaves && n.children.isEmpty()) {
                return;
            }
            if (filter.test(n.def)) {
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

    /** virDomainMomentCheckCycles: the parent must exist and must not descend from the moment. */
    public void checkCycles(D def) {
        String parent = def.parentName();
        if (parent == null) {
            return;
        }
        if (parent.equals(def.name())) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                    "cannot set moment " + def.name() + " as its own parent");
        }
        Node<D> other = find(parent);
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
