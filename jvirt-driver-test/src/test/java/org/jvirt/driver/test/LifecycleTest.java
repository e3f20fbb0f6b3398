package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jvirt.driver.test.DefaultNodeTest.assertErr;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.DomainState;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lifecycle and config entries with the exact errors libvirt 9.0's test driver gives (checked with python3-libvirt). */
class LifecycleTest {

    static final String X = "<domain type='test'><name>d1</name><memory>1024</memory><os><type>hvm</type></os></domain>";
    Connect c;

    @BeforeEach
    void open() {
        c = Connect.open("test:///default");
    }

    @AfterEach
    void close() {
        c.close();
    }

    @Test
    void inactiveDomainErrors() {
        Domain d = c.domainDefineXML(X, 0);
        assertThat(d.getID()).isEqualTo(-1);
        assertThat(d.isPersistent()).isTrue();
        assertThat(d.isActive()).isFalse();
        String notRunning = "Requested operation is not valid: domain is not running";
        assertErr(() -> d.destroy(0), ErrorCode.OPERATION_INVALID, ErrorDomain.DOMAIN, notRunning);
        assertErr(() -> d.shutdown(0), ErrorCode.INTERNAL_ERROR, ErrorDomain.TEST, "internal error: domain 'd1' not running");
        assertErr(() -> d.reboot(0), ErrorCode.OPERATION_INVALID, ErrorDomain.DOMAIN, notRunning);
        assertErr(d::suspend, ErrorCode.INTERNAL_ERROR, ErrorDomain.TEST, "internal error: domain 'd1' not running");
        assertErr(d::resume, ErrorCode.INTERNAL_ERROR, ErrorDomain.TEST, "internal error: domain 'd1' not paused");
        assertErr(() -> d.managedSave(0), ErrorCode.OPERATION_INVALID, ErrorDomain.DOMAIN, notRunning);
        assertErr(d::getVcpuInfo, ErrorCode.OPERATION_INVALID, ErrorDomain.TEST,
                "Requested operation is not valid: cannot list vcpus for an inactive domain");
        assertErr(() -> d.setMemory(512, 1), ErrorCode.OPERATION_INVALID, ErrorDomain.DOMAIN, notRunning);
        assertErr(() -> d.getVcpus(3), ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                "Flags 'VIR_DOMAIN_AFFECT_LIVE' and 'VIR_DOMAIN_AFFECT_CONFIG' are mutually exclusive");
        assertThat(d.getSecurityLabel()).containsExactly("", "0");
        d.setMemory(512, 0);
        d.setMemory(2048, 4);
        assertThat(d.getInfo().maxMem()).isEqualTo(2048);
        assertThat(d.getInfo().memory()).isEqualTo(512);
        assertErr(() -> d.create(1), ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                "unsupported flags (0x1) in function testDomainCreateWithFlags");
        d.create(0);
        assertThat(c.domainLookupByName("d1").getID()).isEqualTo(2);
        assertErr(() -> d.create(0), ErrorCode.INTERNAL_ERROR, ErrorDomain.TEST, "internal error: Domain 'd1' is already running");
        assertErr(() -> d.setMemory(4096, 5), ErrorCode.OPERATION_INVALID, ErrorDomain.TEST,
                "Requested operation is not valid: cannot resize the maximum memory on an active domain");
        d.setMemory(1024, 6);
        assertThat(c.domainLookupByName("d1").getXMLDesc(2)).contains("<memory unit='KiB'>1024</memory>");
        assertThat(c.domainLookupByName("d1").getXMLDesc(0)).contains("<memory unit='KiB'>2048</memory>");
        d.undefine(0);
        assertThat(d.isPersistent()).isFalse();
        d.destroy(0);
        assertErr(d::getInfo, ErrorCode.NO_DOMAIN, ErrorDomain.TEST,
                "Domain not found: no domain with matching uuid '" + d.getUUIDString() + "' (d1)");
    }

    @Test
    void defineConflictsLeaveStateUnchanged() {
        String before = c.domainLookupByName("test").getXMLDesc(2);
        int count = c.listAllDomains(0).size();
        assertErr(() -> c.domainDefineXML("<domain type='test'><name>zz</name><uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>"
                + "<memory>1024</memory><os><type>hvm</type></os></domain>", 0), ErrorCode.OPERATION_FAILED, ErrorDomain.DOMAIN,
                "operation failed: domain 'test' is already defined with uuid 6695eb01-f6a4-8304-79aa-97f2502e193f");
        assertErr(() -> c.domainCreateXML("<domain type='test'><name>test</name><memory>1024</memory><os><type>hvm</type></os></domain>", 0),
                ErrorCode.OPERATION_FAILED, ErrorDomain.DOMAIN,
                "operation failed: domain 'test' already exists with uuid 6695eb01-f6a4-8304-79aa-97f2502e193f");
        // the libxml2 wording itself is jvirt-conf's business; code, domain and document name are checked here
        assertThatThrownBy(() -> c.domainDefineXML("<domain", 0)).isInstanceOfSatisfying(VirtException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.XML_DETAIL);
            assertThat(e.domain()).isEqualTo(ErrorDomain.DOMAIN);
            assertThat(e.getMessage()).startsWith("(domain_definition):1: ");
        });
        assertErr(() -> c.domainDefineXML(X, 2), ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                "unsupported flags (0x2) in function testDomainDefineXMLFlags");
        assertThat(c.listAllDomains(0)).hasSize(count);
        assertThat(c.domainLookupByName("test").getXMLDesc(2)).isEqualTo(before);
    }

    @Test
    void vcpus() {
        Domain d = c.domainLookupByName("test");
        assertErr(() -> d.setVcpus(33, 0), ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                "invalid argument: requested cpu amount exceeds maximum supported amount (33 > 32)");
        assertErr(() -> d.setVcpus(3, 0), ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                "invalid argument: requested cpu amount exceeds maximum (3 > 2)");
        assertErr(() -> d.setVcpus(4, 4), ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                "Flag 'VIR_DOMAIN_AFFECT_CONFIG' is required by flag 'VIR_DOMAIN_VCPU_MAXIMUM'");
        assertErr(() -> d.setVcpus(0, 0), ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                "nvcpus in virDomainSetVcpusFlags must not be zero");
        d.setVcpus(1, 0);
        d.setVcpus(4, 6);
        assertThat(new int[] {d.getVcpus(0), d.getVcpus(2), d.getVcpus(6), d.getMaxVcpus()}).containsExactly(1, 2, 4, 2);
        d.pinVcpu(0, new boolean[] {true}, 0);
        assertThat(d.getVcpuInfo().get(0).cpu()).isZero();
        assertThat(d.getVcpuPinInfo(0).get(0)).containsExactly(true, false, false, false, false, false, false, false,
                false, false, false, false, false, false, false, false);
        assertErr(() -> d.pinVcpu(5, new boolean[] {true}, 0), ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                "invalid argument: requested vcpu '5' is not present in the domain");
    }

    @Test
    void saveRestoreManagedSaveCoreDump(@TempDir Path dir) throws Exception {
        Domain d = c.domainDefineXML(X, 0);
        d.create(0);
        Path img = dir.resolve("d1.sav");
        d.save(img.toString());
        assertThat(d.getState(0).state()).isEqualTo(DomainState.SHUTOFF);
        assertThat(d.getState(0).reason()).isEqualTo(5);
        byte[] bytes = Files.readAllBytes(img);
        assertThat(new String(bytes, 0, 15, "US-ASCII")).isEqualTo("TestGuestMagic\0");
        c.restore(img.toString());
        assertThat(d.getState(0).reason()).isEqualTo(3);
        assertErr(() -> c.restore(img.toString()), ErrorCode.OPERATION_INVALID, ErrorDomain.DOMAIN,
                "Requested operation is not valid: domain 'd1' is already active");
        assertErr(() -> c.restore(dir.resolve("none").toString()), ErrorCode.SYSTEM_ERROR, ErrorDomain.TEST,
                "cannot read domain image '" + dir.resolve("none") + "': No such file or directory");
        assertErr(() -> d.save(dir.resolve("x").toString(), "<domain/>", 0), ErrorCode.ARGUMENT_UNSUPPORTED,
                ErrorDomain.TEST, "argument unsupported: xml modification unsupported");
        Path core = dir.resolve("d1.core");
        assertErr(() -> d.coreDumpWithFormat(core.toString(), 1, 0), ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.TEST,
                "Operation not supported: kdump-compressed format is not supported here");
        d.coreDump(core.toString(), 1);
        assertThat(Files.size(core)).isEqualTo(15);
        assertThat(d.getState(0).reason()).isEqualTo(3);
        d.create(0);
        d.managedSave(0);
        assertThat(d.hasManagedSaveImage(0)).isTrue();
        assertThat(c.listAllDomains(256)).extracting(Domain::getName).containsExactly("d1");
        assertErr(() -> d.undefine(0), ErrorCode.OPERATION_INVALID, ErrorDomain.TEST,
                "Requested operation is not valid: Refusing to undefine while domain managed save image exists");
        d.undefine(1);
        assertThat(c.listAllDomains(0)).hasSize(1);
    }
}
