package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirt.driver.test.DefaultNodeTest.assertErr;

import org.jvirt.Connect;
import org.jvirt.Network;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.junit.jupiter.api.Test;

class NetworkTest {

    @Test
    void defaultNetwork() {
        try (Connect c = Connect.open("test:///default")) {
            Network n = c.networkLookupByName("default");
            assertThat(n.getBridgeName()).isEqualTo("virbr0");
            assertThat(n.isActive()).isTrue();
            assertThat(n.isPersistent()).isTrue();
            assertThat(n.getXMLDesc(0)).contains("<name>default</name>").contains("dd8fe884-6c02-601e-7551-cca97df1c5df");
            assertErr(() -> n.getXMLDesc(1), ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                    "unsupported flags (0x1) in function testNetworkGetXMLDesc");
            assertErr(n::create, ErrorCode.OPERATION_INVALID, ErrorDomain.TEST,
                    "Requested operation is not valid: Network 'default' is already running");
            assertErr(n::undefine, ErrorCode.OPERATION_INVALID, ErrorDomain.TEST,
                    "Requested operation is not valid: Network 'default' is still running");
            n.destroy();
            n.destroy();
            assertThat(c.listDefinedNetworks()).containsExactly("default");
            assertErr(() -> c.networkLookupByName("x"), ErrorCode.NO_NETWORK, ErrorDomain.TEST,
                    "Network not found: no network with matching name 'x'");
            Network n2 = c.networkDefineXML("<network><name>n2</name></network>", 0);
            assertErr(n2::getBridgeName, ErrorCode.INTERNAL_ERROR, ErrorDomain.TEST,
                    "internal error: network 'n2' does not have a bridge name.");
            n2.undefine();
            Network n3 = c.networkCreateXML("<network><name>n3</name><bridge name='br3'/></network>", 0);
            assertThat(n3.isPersistent()).isFalse();
            n3.destroy();
            assertErr(n3::isActive, ErrorCode.NO_NETWORK, ErrorDomain.TEST,
                    "Network not found: no network with matching uuid '" + n3.getUUIDString() + "'");
            n.create();
        }
    }
}
