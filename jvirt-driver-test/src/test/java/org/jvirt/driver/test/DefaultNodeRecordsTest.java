package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jvirt.core.DomainObj;
import org.jvirt.core.NetworkObj;
import org.junit.jupiter.api.Test;

/**
 * test:///default is built from precomputed records (no XML parsing at open): they must equal what loading
 * libvirt's defaultConnXML ({@link TestDefaultNode#XML}) through the node-file path gives, object for object.
 */
class DefaultNodeRecordsTest {

    @Test
    void recordsEqualTheParsedDefaultNode() {
        TestDriver parsed = TestNodeFile.load(TestDefaultNode.XML, null, "(test driver)", TestDefaultNode.defaultCells());
        TestDriver built = TestDefaultNode.create();

        assertThat(built.nodeInfo).isEqualTo(parsed.nodeInfo);
        assertThat(built.cells).containsExactly(parsed.cells);

        List<DomainObj> pd = parsed.domains.list(o -> true);
        List<DomainObj> bd = built.domains.list(o -> true);
        assertThat(bd).hasSameSizeAs(pd).hasSize(1);
        for (int i = 0; i < pd.size(); i++) {
            DomainObj p = pd.get(i);
            DomainObj b = bd.get(i);
            assertThat(b.def()).isEqualTo(p.def());
            assertThat(b.newDef()).isEqualTo(p.newDef());
            assertThat(b.ref()).isEqualTo(p.ref());
            assertThat(b.state()).isEqualTo(p.state());
            assertThat(b.reason()).isEqualTo(p.reason());
            assertThat(b.isPersistent()).isEqualTo(p.isPersistent());
            assertThat(b.isActive()).isEqualTo(p.isActive());
        }

        List<NetworkObj<TestNetworks.Net>> pn = parsed.networks.list();
        List<NetworkObj<TestNetworks.Net>> bn = built.networks.list();
        assertThat(bn).hasSameSizeAs(pn).hasSize(1);
        for (int i = 0; i < pn.size(); i++) {
            assertThat(bn.get(i).def()).isEqualTo(pn.get(i).def());
            assertThat(bn.get(i).isActive()).isEqualTo(pn.get(i).isActive());
            assertThat(TestNetworks.format(bn.get(i).def())).isEqualTo(TestNetworks.format(pn.get(i).def()));
        }
    }

    @Test
    void defaultPoolRecordEqualsItsXml() {
        assertThat(TestDefaultNode.defaultPool()).isEqualTo(TestStorage.parsePool(TestStorage.DEFAULT_POOL_XML));
    }
}
