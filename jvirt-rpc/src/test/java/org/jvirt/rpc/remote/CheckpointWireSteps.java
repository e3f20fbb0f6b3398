package org.jvirt.rpc.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirt.rpc.remote.DomainSnapshotProcedures.*;

/**
 * The DOMAIN_CHECKPOINT_* procedures against the real libvirtd: each one called with its records and its answer
 * checked, so the numbers and layouts are proven (a wrong number or layout is a protocol error or garbage).
 */
final class CheckpointWireSteps {

    static final int NO_DOMAIN_CHECKPOINT = 103;

    private CheckpointWireSteps() {
    }

    /** A running test domain with one disk, the least a checkpoint needs. */
    static String domainXml(String name) {
        return "<domain type='test'><name>" + name + "</name><memory>1048576</memory><vcpu>1</vcpu>"
                + "<os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/" + name
                + ".img'/><target dev='vda' bus='virtio'/></disk></devices></domain>";
    }

    static void run(LibvirtdSession s, NonnullDomain dom) throws Exception {
        NonnullDomainCheckpoint a = s.call(DOMAIN_CHECKPOINT_CREATE_XML,
                new DomainCheckpointCreateXmlArgs(dom, "<domaincheckpoint><name>a</name></domaincheckpoint>", 0)).checkpoint();
        assertThat(a.name()).isEqualTo("a");
        assertThat(a.dom().name()).isEqualTo(dom.name());
        NonnullDomainCheckpoint b = s.call(DOMAIN_CHECKPOINT_CREATE_XML, new DomainCheckpointCreateXmlArgs(dom,
                "<domaincheckpoint><name>b</name><description>d</description></domaincheckpoint>", 0)).checkpoint();
        assertThat(s.call(DOMAIN_CHECKPOINT_LOOKUP_BY_NAME, new DomainCheckpointLookupByNameArgs(dom, "a", 0))
                .checkpoint().name()).isEqualTo("a");
        assertThat(s.error(DOMAIN_CHECKPOINT_LOOKUP_BY_NAME, new DomainCheckpointLookupByNameArgs(dom, "nosuch", 0))
                .code()).isEqualTo(NO_DOMAIN_CHECKPOINT);
        assertThat(s.call(DOMAIN_CHECKPOINT_GET_XML_DESC, new DomainCheckpointGetXmlDescArgs(b, 2)).xml())
                .contains("<description>d</description>").contains("<parent>")
                .contains("<disk name='vda' checkpoint='bitmap' bitmap='b'/>").doesNotContain("<domain type");
        DomainListAllCheckpointsRet all = s.call(DOMAIN_LIST_ALL_CHECKPOINTS, new DomainListAllCheckpointsArgs(dom, 1, 0));
        assertThat(all.ret()).isEqualTo(2);
        assertThat(all.checkpoints()).extracting(NonnullDomainCheckpoint::name).containsExactlyInAnyOrder("a", "b");
        assertThat(all.checkpoints()).allMatch(x -> x.dom().name().equals(dom.name()));
        DomainListAllCheckpointsRet count = s.call(DOMAIN_LIST_ALL_CHECKPOINTS, new DomainListAllCheckpointsArgs(dom, 0, 1));
        assertThat(count.ret()).isOne();
        assertThat(count.checkpoints()).isEmpty();
        assertThat(s.call(DOMAIN_CHECKPOINT_GET_PARENT, new DomainCheckpointGetParentArgs(b, 0)).parent().name())
                .isEqualTo("a");
        assertThat(s.error(DOMAIN_CHECKPOINT_GET_PARENT, new DomainCheckpointGetParentArgs(a, 0)).code())
                .isEqualTo(NO_DOMAIN_CHECKPOINT);
        DomainCheckpointListAllChildrenRet children = s.call(DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN,
                new DomainCheckpointListAllChildrenArgs(a, 1, 0));
        assertThat(children.ret()).isOne();
        assertThat(children.checkpoints()).extracting(NonnullDomainCheckpoint::name).containsExactly("b");
        s.call(DOMAIN_CHECKPOINT_DELETE, new DomainCheckpointDeleteArgs(a, 1));
        assertThat(s.call(DOMAIN_LIST_ALL_CHECKPOINTS, new DomainListAllCheckpointsArgs(dom, 1, 0)).ret()).isZero();
    }
}
