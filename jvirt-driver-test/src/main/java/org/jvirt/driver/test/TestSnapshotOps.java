package org.jvirt.driver.test;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.snapshot.SnapshotAlign;
import org.jvirt.conf.snapshot.SnapshotDef;
import org.jvirt.conf.snapshot.SnapshotLocation;
import org.jvirt.conf.snapshot.SnapshotParseOptions;
import org.jvirt.conf.snapshot.SnapshotState;
import org.jvirt.conf.snapshot.SnapshotXml;
import org.jvirt.core.DomainObj;
import org.jvirt.core.DomainMomentObjList.Node;
import org.jvirt.core.DomainSnapshotObjList;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEventDetail;
import org.jvirt.flags.DomainSnapshotCreateFlag;
import org.jvirt.flags.DomainSnapshotDeleteFlag;
import org.jvirt.flags.DomainSnapshotListFlag;
import org.jvirt.flags.DomainSnapshotRevertFlag;
import org.jvirt.flags.DomainSnapshotXMLFlag;
import org.jvirt.spi.DomainEventBody;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.DomainSnapshotRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * Snapshots with libvirt 9.0's test-driver semantics: metadata only (no disk is touched), the flags it accepts
 * (no DISK_ONLY, REUSE_EXT or NO_METADATA; delete without METADATA_ONLY), current-snapshot tracking, and revert
 * changing the domain's state with its events.
 */
interface TestSnapshotOps extends HypervisorDriver {

    TestDriver driver();

    int LIST_FLAGS = DomainSnapshotListFlag.ROOTS.value() | DomainSnapshotListFlag.TOPOLOGICAL.value()
            | DomainSnapshotObjList.FILTERS_ALL;
    int CREATE_FLAGS = DomainSnapshotCreateFlag.REDEFINE.value() | DomainSnapshotCreateFlag.CURRENT.value()
            | DomainSnapshotCreateFlag.HALT.value() | DomainSnapshotCreateFlag.QUIESCE.value()
            | DomainSnapshotCreateFlag.ATOMIC.value() | DomainSnapshotCreateFlag.LIVE.value()
            | DomainSnapshotCreateFlag.VALIDATE.value();
    int RUNNING_FROM_SNAPSHOT = 4;
    int PAUSED_FROM_SNAPSHOT = 7;
    int SHUTOFF_FROM_SNAPSHOT = 7;

    /** testSnapObjFromName. */
    private static Node<SnapshotDef> snap(DomainObj obj, String name) {
        Node<SnapshotDef> n = obj.snapshots().find(name);
        if (n == null) {
            throw VirtException.of(ErrorCode.NO_DOMAIN_SNAPSHOT, ErrorDomain.TEST,
                    "no domain snapshot with matching name '%s'", name);
        }
        return n;
    }

    private static DomainSnapshotRef ref(DomainRef dom, String name) {
        return new DomainSnapshotRef(dom, name);
    }

    @Override
    default int domainSnapshotNum(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, LIST_FLAGS, ErrorDomain.TEST, "testDomainSnapshotNum");
        return driver().withDom(dom, o -> o.snapshots().names(null, flags).size());
    }

    @Override
    default List<String> domainSnapshotListNames(DomainRef dom, int maxnames, int flags) {
        VirErrors.checkFlags(flags, LIST_FLAGS, ErrorDomain.TEST, "testDomainSnapshotListNames");
        return driver().withDom(dom, o -> limit(o.snapshots().names(null, flags), maxnames));
    }

    @Override
    default List<DomainSnapshotRef> domainListAllSnapshots(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, LIST_FLAGS, ErrorDomain.TEST, "testDomainListAllSnapshots");
        return driver().withDom(dom, o -> refs(dom, o.snapshots().names(null, flags)));
    }

    private static int childFlags() {
        return DomainSnapshotListFlag.DESCENDANTS.value() | DomainSnapshotListFlag.TOPOLOGICAL.value()
                | DomainSnapshotObjList.FILTERS_ALL;
    }

    @Override
    default int domainSnapshotNumChildren(DomainSnapshotRef s, int flags) {
        VirErrors.checkFlags(flags, childFlags(), ErrorDomain.TEST, "testDomainSnapshotNumChildren");
        return driver().withDom(s.domain(), o -> o.snapshots().names(snap(o, s.name()), flags).size());
    }

    @Override
    default List<String> domainSnapshotListChildrenNames(DomainSnapshotRef s, int maxnames, int flags) {
        VirErrors.checkFlags(flags, childFlags(), ErrorDomain.TEST, "testDomainSnapshotListChildrenNames");
        return driver().withDom(s.domain(), o -> limit(o.snapshots().names(snap(o, s.name()), flags), maxnames));
    }

    @Override
    default List<DomainSnapshotRef> domainSnapshotListAllChildren(DomainSnapshotRef s, int flags) {
        VirErrors.checkFlags(flags, childFlags(), ErrorDomain.TEST, "testDomainSnapshotListAllChildren");
        return driver().withDom(s.domain(), o -> refs(s.domain(), o.snapshots().names(snap(o, s.name()), flags)));
    }

    @Override
    default DomainSnapshotRef domainSnapshotLookupByName(DomainRef dom, String name, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainSnapshotLookupByName");
        return driver().withDom(dom, o -> ref(dom, snap(o, name).def().name()));
    }

    @Override
    default boolean domainHasCurrentSnapshot(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainHasCurrentSnapshot");
        return driver().withDom(dom, o -> o.snapshots().current() != null);
    }

    @Override
    default DomainSnapshotRef domainSnapshotGetParent(DomainSnapshotRef s, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainSnapshotGetParent");
        return driver().withDom(s.domain(), o -> {
            SnapshotDef def = snap(o, s.name()).def();
            if (def.parentName() == null) {
                throw VirtException.of(ErrorCode.NO_DOMAIN_SNAPSHOT, ErrorDomain.TEST,
                        "snapshot '%s' does not have a parent", def.name());
            }
            return ref(s.domain(), def.parentName());
        });
    }

    @Override
    default DomainSnapshotRef domainSnapshotCurrent(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainSnapshotCurrent");
        return driver().withDom(dom, o -> {
            Node<SnapshotDef> cur = o.snapshots().current();
            if (cur == null) {
                throw VirtException.of(ErrorCode.NO_DOMAIN_SNAPSHOT, ErrorDomain.TEST,
                        "the domain does not have a current snapshot");
            }
            return ref(dom, cur.def().name());
        });
    }

    @Override
    default String domainSnapshotGetXMLDesc(DomainSnapshotRef s, int flags) {
        VirErrors.checkFlags(flags, DomainSnapshotXMLFlag.SECURE.value(), ErrorDomain.TEST, "testDomainSnapshotGetXMLDesc");
        return driver().withDom(s.domain(), o -> SnapshotXml.format(snap(o, s.name()).def(),
                s.domain().uuid().toString(), (flags & DomainSnapshotXMLFlag.SECURE.value()) != 0));
    }

    @Override
    default boolean domainSnapshotIsCurrent(DomainSnapshotRef s, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainSnapshotIsCurrent");
        return driver().withDom(s.domain(), o -> snap(o, s.name()) == o.snapshots().current());
    }

    @Override
    default boolean domainSnapshotHasMetadata(DomainSnapshotRef s, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainSnapshotHasMetadata");
        return driver().withDom(s.domain(), o -> snap(o, s.name()) != null);
    }

    @Override
    default DomainSnapshotRef domainSnapshotCreateXML(DomainRef dom, String xml, int flags) {
        VirErrors.checkFlags(flags, CREATE_FLAGS, ErrorDomain.TEST, "testDomainSnapshotCreateXML");
        boolean redefine = (flags & DomainSnapshotCreateFlag.REDEFINE.value()) != 0;
        boolean updateCurrent = !redefine || (flags & DomainSnapshotCreateFlag.CURRENT.value()) != 0;
        return driver().withDom(dom, obj -> {
            if (obj.checkpoints().size() > 0) {
                throw VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.TEST,
                        "cannot create snapshot while checkpoint exists");
            }
            if (!obj.isPersistent() && (flags & DomainSnapshotCreateFlag.HALT.value()) != 0) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.TEST,
                        "cannot halt after transient domain snapshot");
            }
            SnapshotParseOptions opts = SnapshotParseOptions.create(driver().parseOptions()).withRedefine(redefine)
                    .withValidateSchema((flags & DomainSnapshotCreateFlag.VALIDATE.value()) != 0);
            SnapshotDef def = SnapshotXml.parse(xml, opts);
            DomainSnapshotObjList list = obj.snapshots();
            Node<SnapshotDef> node;
            if (redefine) {
                node = TestSnapshotRedefine.prepare(obj, def);
            } else {
                node = list.assign(alignNew(obj, def.withDom(obj.def()))
                        .withParentName(list.current() == null ? null : list.current().def().name()));
                if ((flags & DomainSnapshotCreateFlag.HALT.value()) != 0 && obj.isActive()) {
                    driver().shutdownState(obj, SHUTOFF_FROM_SNAPSHOT);
                    driver().events.lifecycle(obj, DomainEventDetail.Stopped.FROM_SNAPSHOT);
                }
            }
            if (updateCurrent) {
                list.setCurrent(node);
            }
            list.linkParent(node);
            return ref(dom, node.def().name());
        });
    }

    /** testDomainSnapshotAlignDisks (DISK_ONLY is refused earlier): state and memory from the domain. */
    private static SnapshotDef alignNew(DomainObj obj, SnapshotDef def) {
        SnapshotState state = SnapshotState.ofDomainState(obj.state().value());
        if (def.memory() == SnapshotLocation.EXTERNAL) {
            return SnapshotAlign.align(def.withState(state), null, SnapshotLocation.EXTERNAL, false);
        }
        SnapshotLocation mem = state == SnapshotState.SHUTOFF ? SnapshotLocation.NO : SnapshotLocation.INTERNAL;
        return SnapshotAlign.align(def.withState(state).withMemory(mem), null, SnapshotLocation.INTERNAL, true);
    }

    @Override
    default void domainSnapshotDelete(DomainSnapshotRef s, int flags) {
        int children = DomainSnapshotDeleteFlag.CHILDREN.value();
        int childrenOnly = DomainSnapshotDeleteFlag.CHILDREN_ONLY.value();
        VirErrors.checkFlags(flags, children | childrenOnly, ErrorDomain.TEST, "testDomainSnapshotDelete");
        driver().runDom(s.domain(), obj -> obj.snapshots().delete(snap(obj, s.name()),
                (flags & children) != 0, (flags & childrenOnly) != 0, SnapshotDef::withParentName));
    }

    @Override
    default void domainRevertToSnapshot(DomainSnapshotRef s, int flags) {
        int running = DomainSnapshotRevertFlag.RUNNING.value();
        int paused = DomainSnapshotRevertFlag.PAUSED.value();
        int force = DomainSnapshotRevertFlag.FORCE.value();
        VirErrors.checkFlags(flags, running | paused | force, ErrorDomain.TEST, "testDomainRevertToSnapshot");
        List<Runnable> events = new ArrayList<>();
        try {
            driver().runDom(s.domain(), obj -> TestSnapshotRevert.revert(driver(), obj, snap(obj, s.name()), flags, events));
        } finally {
            events.forEach(Runnable::run);
        }
    }

    private static List<String> limit(List<String> names, int max) {
        return names.size() <= max ? names : names.subList(0, max);
    }

    private static List<DomainSnapshotRef> refs(DomainRef dom, List<String> names) {
        List<DomainSnapshotRef> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(ref(dom, n));
        }
        return out;
    }

    /** An event for later, with the domain's identity as it is now (libvirt builds events when they happen). */
    static Runnable event(TestDriver driver, DomainObj obj, DomainEventDetail detail) {
        DomainRef now = obj.ref();
        return () -> driver.events.raise(now, DomainEventBody.Lifecycle.of(detail));
    }

    static boolean online(SnapshotDef def) {
        return def.state() != null && def.state().online();
    }
}
