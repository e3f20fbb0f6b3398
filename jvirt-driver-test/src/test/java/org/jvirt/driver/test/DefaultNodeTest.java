package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.DomainState;
import org.jvirt.NodeInfo;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** test:///default as libvirt 9.0 shows it, and the shared-instance rule. */
class DefaultNodeTest {

    Connect c;

    @BeforeEach
    void open() {
        c = Connect.open("test:///default");
    }

    @AfterEach
    void close() {
        c.close();
    }

    static void assertErr(Runnable r, ErrorCode code, ErrorDomain dom, String msg) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(VirtException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.domain()).isEqualTo(dom);
            assertThat(e.getMessage()).isEqualTo(msg);
        });
    }

    @Test
    void nodeAndConnection() {
        assertThat(c.nodeGetInfo()).isEqualTo(new NodeInfo("i686", 3145728, 16, 1400, 2, 2, 2, 2));
        assertThat(c.getType()).isEqualTo("TEST");
        assertThat(c.getVersion()).isEqualTo(2);
        assertThat(c.getMaxVcpus(null)).isEqualTo(32);
        assertThat(c.nodeGetFreeMemory()).isEqualTo(3145728);
        assertThat(c.nodeGetCellsFreeMemory(0, 5)).containsExactly(2097152, 4194304);
        assertErr(() -> c.nodeGetCellsFreeMemory(2, 1), ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                "invalid argument: Range exceeds available cells");
        assertThat(c.nodeGetCPUStats(-1, 0).values()).containsEntry("kernel", 34678723400000L).hasSize(4);
        // the public layer's argument checks (libvirt-host.c, VIR_FROM_DOMAIN; python3-libvirt shows code 8, domain 20)
        assertErr(() -> c.nodeGetCPUStats(-2, 0), ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                "cpuNum in virNodeGetCPUStats only accepts -1 as a negative value");
        assertErr(() -> c.nodeGetCellsFreeMemory(-1, 1), ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                "startCell in virNodeGetCellsFreeMemory must be zero or greater");
        assertErr(() -> c.nodeGetCellsFreeMemory(0, 0), ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                "maxCells in virNodeGetCellsFreeMemory must be greater than zero");
        assertErr(() -> c.nodeGetMemoryStats(-1, 0), ErrorCode.NO_SUPPORT, ErrorDomain.DOMAIN,
                "this function is not supported by the connection driver: virNodeGetMemoryStats");
        assertThat(c.getSysinfo(0)).contains("<entry name='vendor'>LENOVO</entry>");
        assertErr(() -> c.getSysinfo(1), ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                "unsupported flags (0x1) in function testConnectGetSysinfo");
        assertThat(c.getCapabilities()).contains("<cells num='2'>").contains("<model>testSecurity</model>");
        assertThat(c.nodeGetSecurityModel()).containsExactly("testSecurity", "");
    }

    @Test
    void defaultDomain() {
        Domain d = c.domainLookupByName("test");
        assertThat(d.getID()).isEqualTo(1);
        assertThat(d.getUUIDString()).isEqualTo("6695eb01-f6a4-8304-79aa-97f2502e193f");
        assertThat(d.getInfo().state()).isEqualTo(DomainState.RUNNING);
        assertThat(d.getInfo().maxMem()).isEqualTo(8388608);
        assertThat(d.getInfo().memory()).isEqualTo(2097152);
        assertThat(d.getInfo().nrVirtCpu()).isEqualTo(2);
        assertThat(d.getState(0).reason()).isZero();
        assertThat(d.getOSType()).isEqualTo("linux");
        assertThat(d.getXMLDesc(0)).startsWith("<domain type='test' id='1'>\n  <name>test</name>")
                .contains("<target dev='testnet0'/>");
        assertThat(d.getSchedulerType()).isEqualTo("fair");
        assertThat(d.getSchedulerParameters(0)).hasSize(1);
        assertThat(d.memoryStats(13, 0)).hasSize(13);
        assertThat(d.getHostname(0)).isEqualTo("testhost");
        assertThat(d.getSecurityLabel()).containsExactly("libvirt-test", "1");
        assertThat(d.getVcpuInfo()).hasSize(2).allSatisfy(v -> assertThat(v.cpu()).isEqualTo(15));
        assertThat(d.blockStats("vda").rdReq()).isPositive();
        assertErr(() -> d.blockStats("xx"), ErrorCode.INVALID_ARG, ErrorDomain.TEST, "invalid argument: invalid path: xx");
        assertErr(() -> d.interfaceStats("xx"), ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                "invalid argument: 'xx' is not a known interface");
        assertThat(d.interfaceStats("testnet0").rxBytes()).isPositive();
        assertThat(c.listDomainsID()).containsExactly(1);
        assertErr(() -> c.domainLookupByName("nope"), ErrorCode.NO_DOMAIN, ErrorDomain.TEST, "Domain not found");
        assertErr(() -> d.attachDevice("<disk/>", 0), ErrorCode.NO_SUPPORT, ErrorDomain.DOMAIN,
                "this function is not supported by the connection driver: virDomainAttachDeviceFlags");
    }

    @Test
    void sharedUntilLastClose() {
        try (Connect c2 = Connect.open("test:///default")) {
            c2.domainLookupByName("test").suspend();
            assertThat(c.domainLookupByName("test").getState(0).state()).isEqualTo(DomainState.PAUSED);
        }
        c.close();
        c = Connect.open("test:///default");
        assertThat(c.domainLookupByName("test").getState(0).state()).isEqualTo(DomainState.RUNNING);
    }

    @Test
    void uriErrors() {
        assertErr(() -> Connect.open("test:///"), ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                "invalid argument: testOpen: supply a path or use test:///default");
        assertErr(() -> Connect.open("test:///tmp/jvirt-no-such-node.xml"), ErrorCode.XML_ERROR, ErrorDomain.TEST,
                "XML error: failed to parse xml document '/tmp/jvirt-no-such-node.xml'");
    }

    @Test
    void listFilters() {
        List<Domain> all = c.listAllDomains(0);
        assertThat(all).extracting(Domain::getName).containsExactly("test");
        assertThat(c.listAllDomains(2)).isEmpty();
        assertErr(() -> c.listAllDomains(1 << 20), ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                "unsupported flags (0x100000) in function testConnectListAllDomains");
    }
}
