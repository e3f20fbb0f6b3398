package org.jvirt.rpc.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jvirt.TypedParameter;
import org.jvirt.rpc.xdr.XdrVoid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The results the test driver only ever refuses, proven on the scratch libvirtd's qemu:///system: node memory
 * stats and domain capabilities, then job, scheduler and block statistics of a transient guest started paused
 * (QEMU under TCG, a 1 MiB raw disk; destroyed at the end). Skipped where that libvirtd has no working QEMU.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LibvirtdQemuWireTest {

    final String name = "jvirt-rpc-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void qemuResultsDecode() throws Exception {
        LibvirtdSession s;
        try {
            s = LibvirtdSession.open("qemu:///system");
        } catch (AssertionError noQemu) {
            assumeTrue(false, "qemu:///system not available on the scratch libvirtd: " + noQemu.getMessage());
            return;
        }
        // QEMU runs as libvirt's unprivileged user: it must reach the image (libvirt relabels the file, not the dir)
        Path dir = Files.createTempDirectory("jvirt-rpc-qemu", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Path disk = dir.resolve("disk.img");
        try (s) {
            NodeGetMemoryStatsRet count = s.call(ConnectProcedures.NODE_GET_MEMORY_STATS, new NodeGetMemoryStatsArgs(0, -1, 0));
            NodeGetMemoryStatsRet mem = s.call(ConnectProcedures.NODE_GET_MEMORY_STATS,
                    new NodeGetMemoryStatsArgs(count.nparams(), -1, 0));
            assertThat(mem.params()).extracting(NodeGetMemoryStats::field).contains("total", "free");
            assertThat(mem.params()).allMatch(p -> p.value() >= 0);
            String caps = s.call(ConnectProcedures.CONNECT_GET_DOMAIN_CAPABILITIES,
                    new ConnectGetDomainCapabilitiesArgs(null, null, null, "qemu", 0)).capabilities();
            assumeTrue(caps.contains("<domainCapabilities>"), "no QEMU binary");

            Files.write(disk, new byte[1 << 20]);
            String xml = "<domain type='qemu'><name>" + name + "</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>"
                    + "<os><type machine='pc'>hvm</type></os><devices><disk type='file' device='disk'>"
                    + "<driver name='qemu' type='raw'/><source file='" + disk + "'/><target dev='vda' bus='virtio'/>"
                    + "</disk></devices></domain>";
            // VIR_DOMAIN_START_PAUSED: QEMU runs, the guest never executes
            NonnullDomain dom = s.call(DomainProcedures.DOMAIN_CREATE_XML, new DomainCreateXmlArgs(xml, 1)).dom();
            try {
                DomainGetSchedulerTypeRet type = s.call(DomainProcedures.DOMAIN_GET_SCHEDULER_TYPE, new DomainGetSchedulerTypeArgs(dom));
                var params = RemoteTypedParams.fromWire(s.call(DomainProcedures.DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS,
                        new DomainGetSchedulerParametersFlagsArgs(dom, type.nparams(), 0)).params());
                assertThat(params).hasSize(type.nparams());
                assertThat(params).filteredOn(p -> p.field().equals("cpu_shares")).singleElement()
                        .isInstanceOf(TypedParameter.ULLong.class);
                DomainGetJobInfoRet job = s.call(DomainProcedures.DOMAIN_GET_JOB_INFO, new DomainGetJobInfoArgs(dom));
                assertThat(job.type()).isZero();
                DomainGetJobStatsRet stats = s.call(DomainProcedures.DOMAIN_GET_JOB_STATS, new DomainGetJobStatsArgs(dom, 0));
                assertThat(stats.type()).isZero();
                DomainBlockStatsFlagsRet none = s.call(DomainProcedures.DOMAIN_BLOCK_STATS_FLAGS,
                        new DomainBlockStatsFlagsArgs(dom, "vda", 0, 0));
                DomainBlockStatsFlagsRet block = s.call(DomainProcedures.DOMAIN_BLOCK_STATS_FLAGS,
                        new DomainBlockStatsFlagsArgs(dom, "vda", none.nparams(), 0));
                assertThat(RemoteTypedParams.fromWire(block.params())).extracting(TypedParameter::field)
                        .contains("rd_operations", "wr_bytes");
            } finally {
                s.call(DomainProcedures.DOMAIN_DESTROY, new DomainDestroyArgs(dom));
            }
            assertThat(s.call(DomainProcedures.CONNECT_LIST_ALL_DOMAINS, new ConnectListAllDomainsArgs(1, 0)).domains())
                    .extracting(NonnullDomain::name).doesNotContain(name);
            s.call(ConnectProcedures.CONNECT_GET_TYPE, XdrVoid.VOID);
        } finally {
            Files.deleteIfExists(disk);
            Files.deleteIfExists(dir);
        }
    }
}
