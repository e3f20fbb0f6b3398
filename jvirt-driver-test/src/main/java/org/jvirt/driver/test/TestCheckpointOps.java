package org.jvirt.driver.test;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.checkpoint.CheckpointAlign;
import org.jvirt.conf.checkpoint.CheckpointDef;
import org.jvirt.conf.checkpoint.CheckpointParseOptions;
import org.jvirt.conf.checkpoint.CheckpointXml;
import org.jvirt.core.DomainCheckpointObjList;
import org.jvirt.core.DomainMomentObjList.Node;
import org.jvirt.core.DomainObj;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.DomainCheckpointCreateFlag;
import org.jvirt.flags.DomainCheckpointDeleteFlag;
import org.jvirt.flags.DomainCheckpointListFlag;
import org.jvirt.flags.DomainCheckpointXMLFlag;
import org.jvirt.spi.DomainCheckpointRef;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * Checkpoints with libvirt 9.0's test-driver semantics (testDomainCheckpoint*): metadata only, no disk is
 * touched; only a running domain without snapshots gets one; a new checkpoint's parent is the current one and it
 * becomes current; a redefined one becomes current only when its parent was current or there was none; delete
 * moves children up or drops them with the CHILDREN flags. The REDEFINE_VALIDATE flag is not accepted.
 */
interface TestCheckpointOps extends HypervisorDriver {

    TestDriver driver();

    int CREATE_FLAGS = DomainCheckpointCreateFlag.REDEFINE.value() | DomainCheckpointCreateFlag.QUIESCE.value();
    int LIST_FLAGS = DomainCheckpointListFlag.ROOTS.value() | DomainCheckpointListFlag.TOPOLOGICAL.value()
            | DomainCheckpointObjList.FILTERS_ALL;
    int XML_FLAGS = DomainCheckpointXMLFlag.SECURE.value() | DomainCheckpointXMLFlag.NO_DOMAIN.value()
            | DomainCheckpointXMLFlag.SIZE.value();

    /** testCheckpointObjFromName. */
    private static Node<CheckpointDef> checkpoint(DomainObj obj, String name) {
        Node<CheckpointDef> n = obj.checkpoints().find(name);
        if (n == null) {
            throw VirtException.of(ErrorCode.NO_DOMAIN_CHECKPOINT, ErrorDomain.TEST,
                    "no domain checkpoint with matching name '%s'", name);
        }
        return n;
    }

    private static List<DomainCheckpointRef> refs(DomainRef dom, List<String> names) {
        List<DomainCheckpointRef> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(new DomainCheckpointRef(dom, n));
        }
        return out;
    }

    @Override
    default DomainCheckpointRef domainCheckpointCreateXML(DomainRef dom, String xml, int flags) {
        VirErrors.checkFlags(flags, CREATE_FLAGS, ErrorDomain.TEST, "testDomainCheckpointCreateXML");
        boolean redefine = (flags & DomainCheckpointCreateFlag.REDEFINE.value()) != 0;
        return driver().withDom(dom, obj -> {
            if (obj.snapshots().size() > 0) {
                throw VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.TEST,
                        "cannot create checkpoint while snapshot exists");
            }
            if (!obj.isActive()) {
                throw VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.TEST,
                        "cannot create checkpoint for inactive domain");
            }
            CheckpointDef def = CheckpointXml.parse(xml,
                    CheckpointParseOptions.create(driver().parseOptions()).withRedefine(redefine));
            DomainCheckpointObjList list = obj.checkpoints();
            Node<CheckpointDef> node;
            boolean updateCurrent;
            if (redefine) {
                updateCurrent = TestCheckpointRedefine.updatesCurrent(obj, def);
                def = TestCheckpointRedefine.prepare(obj, def);
                node = TestCheckpointRedefine.commit(list, def);
            } else {
                updateCurrent = true;
                Node<CheckpointDef> current = list.current();
                def = CheckpointAlign.align(def.withDom(obj.def()));
                node = list.assign(current == null ? def : def.withParentName(current.def().name()));
            }
            if (updateCurrent) {
                list.setCurrent(node);
            }
            list.linkParent(node);
            return new DomainCheckpointRef(dom, node.def().name());
        });
    }

    @Override
    default List<DomainCheckpointRef> domainListAllCheckpoints(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, LIST_FLAGS, ErrorDomain.TEST, "testDomainListAllCheckpoints");
        return driver().withDom(dom, o -> refs(dom, o.checkpoints().names(null, flags)));
    }

    @Override
    default List<DomainCheckpointRef> domainCheckpointListAllChildren(DomainCheckpointRef c, int flags) {
        int allowed = DomainCheckpointListFlag.DESCENDANTS.value() | DomainCheckpointListFlag.TOPOLOGICAL.value()
                | DomainCheckpointObjList.FILTERS_ALL;
        VirErrors.checkFlags(flags, allowed, ErrorDomain.TEST, "testDomainCheckpointListAllChildren");
        return driver().withDom(c.domain(),
                o -> refs(c.domain(), o.checkpoints().names(checkpoint(o, c.name()), flags)));
    }

    @Override
    default DomainCheckpointRef domainCheckpointLookupByName(DomainRef dom, String name, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainCheckpointLookupByName");
        return driver().withDom(dom, o -> new DomainCheckpointRef(dom, checkpoint(o, name).def().name()));
    }

    @Override
    default DomainCheckpointRef domainCheckpointGetParent(DomainCheckpointRef c, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainCheckpointGetParent");
        return driver().withDom(c.domain(), o -> {
            CheckpointDef def = checkpoint(o, c.name()).def();
            if (def.parentName() == null) {
                throw VirtException.of(ErrorCode.NO_DOMAIN_CHECKPOINT, ErrorDomain.TEST,
                        "checkpoint '%s' does not have a parent", def.name());
            }
            return new DomainCheckpointRef(c.domain(), def.parentName());
        });
    }

    @Override
    default String domainCheckpointGetXMLDesc(DomainCheckpointRef c, int flags) {
        VirErrors.checkFlags(flags, XML_FLAGS, ErrorDomain.TEST, "testDomainCheckpointGetXMLDesc");
        return driver().withDom(c.domain(), o -> {
            CheckpointDef def = checkpoint(o, c.name()).def();
            if ((flags & DomainCheckpointXMLFlag.SIZE.value()) != 0 && !o.isActive()) {
                // virDomainObjCheckActive, from domain_conf.c
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.DOMAIN, "domain is not running");
            }
            // SIZE: libvirt's test driver sets a size but never marks it valid, so none is printed
            return CheckpointXml.format(def, (flags & DomainCheckpointXMLFlag.SECURE.value()) != 0,
                    (flags & DomainCheckpointXMLFlag.NO_DOMAIN.value()) != 0);
        });
    }

    @Override
    default void domainCheckpointDelete(DomainCheckpointRef c, int flags) {
        int children = DomainCheckpointDeleteFlag.CHILDREN.value();
        int childrenOnly = DomainCheckpointDeleteFlag.CHILDREN_ONLY.value();
        int metadataOnly = DomainCheckpointDeleteFlag.METADATA_ONLY.value();
        VirErrors.checkFlags(flags, children | childrenOnly | metadataOnly, ErrorDomain.TEST,
                "testDomainCheckpointDelete");
        driver().runDom(c.domain(), obj -> obj.checkpoints().delete(checkpoint(obj, c.name()),
                (flags & children) != 0, (flags & childrenOnly) != 0, CheckpointDef::withParentName));
    }
}
