package org.jvirt.driver.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirt.driver.remote.OracleSteps.i;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.MemoryStat;
import org.jvirt.Network;
import org.jvirt.TypedParameter;
import org.jvirt.VcpuInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * jvirt's Java API through the remote driver against a real libvirtd 9.0, compared call for call with
 * python3-libvirt (libvirt's own client) on the same daemon: the same values and the same error records.
 * test:///default inside libvirtd is shared by every client, so these steps only read it.
 */
class RemoteLibvirtdIT {

    private static String socket;

    record Ctx(Connect c, Domain d, Network n) {
    }

    @BeforeAll
    static void daemon() throws Exception {
        socket = LibvirtdScratch.socket();
        LibvirtdScratch.requirePython();
    }

    static String uri(String socketPath) {
        return "test+unix:///default?socket=" + socketPath;
    }

    static OracleSteps<Ctx> readSteps() {
        return new OracleSteps<Ctx>()
                .step("type", "c.getType()", x -> x.c().getType())
                .step("version", "c.getVersion()", x -> x.c().getVersion())
                .step("libVersion", "c.getLibVersion()", x -> x.c().getLibVersion())
                .step("hostname", "c.getHostname()", x -> x.c().getHostname())
                .step("alive", "c.isAlive()", x -> i(x.c().isAlive()))
                .step("secure", "c.isSecure()", x -> i(x.c().isSecure()))
                .step("encrypted", "c.isEncrypted()", x -> i(x.c().isEncrypted()))
                .step("maxVcpus", "c.getMaxVcpus(None)", x -> x.c().getMaxVcpus(null))
                .step("sysinfo", "c.getSysinfo(0)", x -> x.c().getSysinfo(0))
                .step("nodeInfo", "c.getInfo()", x -> {
                    var n = x.c().nodeGetInfo();
                    return List.of(n.model(), n.memory() / 1024, n.cpus(), n.mhz(), n.nodes(), n.sockets(), n.cores(),
                            n.threads());
                })
                .step("capabilities", "c.getCapabilities()", x -> x.c().getCapabilities())
                .step("freeMemory", "c.getFreeMemory()", x -> x.c().nodeGetFreeMemory())
                .step("cellsFree", "c.getCellsFreeMemory(0, 2)", x -> x.c().nodeGetCellsFreeMemory(0, 2))
                .step("cellsFreeTooMany", "c.getCellsFreeMemory(0, 5000)", x -> x.c().nodeGetCellsFreeMemory(0, 5000))
                .step("cpuMap", "c.getCPUMap(0)", x -> {
                    var m = x.c().nodeGetCPUMap(0);
                    return List.of(m.cpus(), m.online(), m.onlineCount());
                })
                .step("cpuStats", "c.getCPUStats(-1, 0)", x -> x.c().nodeGetCPUStats(-1, 0).values())
                .step("memStats", "c.getMemoryStats(-1, 0)", x -> x.c().nodeGetMemoryStats(-1, 0).values())
                .step("secModel", "c.getSecurityModel()", x -> x.c().nodeGetSecurityModel())
                .step("numOfDomains", "c.numOfDomains()", x -> x.c().numOfDomains())
                .step("listDomainsID", "sorted(c.listDomainsID())", x -> sortedInts(x.c().listDomainsID()))
                .step("numOfDefined", "c.numOfDefinedDomains()", x -> x.c().numOfDefinedDomains())
                .step("listDefined", "sorted(c.listDefinedDomains())", x -> sorted(x.c().listDefinedDomains()))
                .step("listAll", "sorted([(d.name(), d.ID(), d.UUIDString()) for d in c.listAllDomains(0)])",
                        x -> x.c().listAllDomains(0).stream().sorted(Comparator.comparing(Domain::getName))
                                .map(d -> List.of(d.getName(), d.getID(), d.getUUIDString())).toList())
                .step("listActive", "sorted([d.name() for d in c.listAllDomains(1)])",
                        x -> sorted(x.c().listAllDomains(1).stream().map(Domain::getName).toList()))
                .step("name", "d.name()", x -> x.d().getName())
                .step("id", "d.ID()", x -> x.d().getID())
                .step("uuid", "d.UUIDString()", x -> x.d().getUUIDString())
                .step("info", "d.info()[:4]", x -> {
                    var f = x.d().getInfo();
                    return List.of(f.state().value(), f.maxMem(), f.memory(), f.nrVirtCpu());
                })
                .step("state", "d.state()", x -> List.of(x.d().getState(0).state().value(), x.d().getState(0).reason()))
                .step("osType", "d.OSType()", x -> x.d().getOSType())
                .step("maxMemory", "d.maxMemory()", x -> x.d().getMaxMemory())
                .step("maxVcpusDom", "d.maxVcpus()", x -> x.d().getMaxVcpus())
                .step("vcpusFlags", "d.vcpusFlags(0)", x -> x.d().getVcpus(0))
                .step("vcpusFlagsMax", "d.vcpusFlags(4)", x -> x.d().getVcpus(4))
                .step("xml", "d.XMLDesc(0)", x -> x.d().getXMLDesc(0))
                .step("xmlInactive", "d.XMLDesc(2)", x -> x.d().getXMLDesc(2))
                .step("active", "d.isActive()", x -> i(x.d().isActive()))
                .step("persistent", "d.isPersistent()", x -> i(x.d().isPersistent()))
                .step("updated", "d.isUpdated()", x -> i(x.d().isUpdated()))
                .step("autostart", "d.autostart()", x -> i(x.d().getAutostart()))
                .step("schedType", "d.schedulerType()", x -> List.of(x.d().getSchedulerType(), 1))
                .step("schedParams", "d.schedulerParameters()", x -> params(x.d().getSchedulerParameters(0)))
                .step("schedParamsLive", "d.schedulerParametersFlags(1)", x -> params(x.d().getSchedulerParameters(1)))
                .step("vcpus", "[[(v[0], v[1], v[3]) for v in d.vcpus()[0]], d.vcpus()[1]]", x -> {
                    List<VcpuInfo> v = x.d().getVcpuInfo();
                    return List.of(v.stream().map(c -> List.of(c.number(), c.state(), c.cpu())).toList(),
                            v.stream().map(VcpuInfo::affinity).toList());
                })
                .step("vcpuPinInfo", "d.vcpuPinInfo(0)", x -> x.d().getVcpuPinInfo(0))
                .step("secLabel", "d.securityLabel()", x -> {
                    List<String> l = x.d().getSecurityLabel();
                    return List.of(l.get(0), "1".equals(l.get(1)));
                })
                .step("hostnameDom", "d.hostname()", x -> x.d().getHostname(0))
                .step("jobInfo", "d.jobInfo()", x -> {
                    var j = x.d().getJobInfo();
                    return List.of(j.type(), j.timeElapsed(), j.timeRemaining(), j.dataTotal(), j.dataProcessed(),
                            j.dataRemaining(), j.memTotal(), j.memProcessed(), j.memRemaining(), j.fileTotal(),
                            j.fileProcessed(), j.fileRemaining());
                })
                .step("diskErrors", "d.diskErrors()", x -> {
                    Map<String, Integer> m = new LinkedHashMap<>();
                    x.d().getDiskErrors(0).forEach(e -> m.put(e.disk(), e.error()));
                    return m;
                })
                .step("memoryStats", "d.memoryStats()", x -> {
                    Map<String, Long> m = new LinkedHashMap<>();
                    for (MemoryStat s : x.d().memoryStats(13, 0)) {
                        m.put(s.name(), s.value());
                    }
                    return m;
                })
                // the test driver's counters (the error count too) follow the clock, so two calls a moment apart
                // may differ: compare that the call works and the count is filled in
                .step("blockStats", "int(d.blockStats('vda')[4] > 0)", x -> i(x.d().blockStats("vda").errs() > 0))
                .step("blockStatsBad", "d.blockStats('nope')", x -> x.d().blockStats("nope"))
                .step("ifStats", "d.interfaceStats('vnet0')", x -> {
                    var s = x.d().interfaceStats("vnet0");
                    return List.of(s.rxBytes(), s.rxPackets(), s.rxErrs(), s.rxDrop(), s.txBytes(), s.txPackets(),
                            s.txErrs(), s.txDrop());
                })
                .step("blockInfo", "d.blockInfo('vda')", x -> {
                    var b = x.d().getBlockInfo("vda", 0);
                    return List.of(b.capacity(), b.allocation(), b.physical());
                })
                .step("managedSaveImage", "d.hasManagedSaveImage(0)", x -> i(x.d().hasManagedSaveImage(0)))
                .step("metadataNone", "d.metadata(0, None, 0)", x -> x.d().getMetadata(0, null, 0))
                .step("byId", "c.lookupByID(d.ID()).name()", x -> x.c().domainLookupByID(x.d().getID()).getName())
                .step("byUuid", "c.lookupByUUIDString(d.UUIDString()).name()",
                        x -> x.c().domainLookupByUUIDString(x.d().getUUIDString()).getName())
                .step("noName", "c.lookupByName('nope')", x -> x.c().domainLookupByName("nope"))
                .step("noId", "c.lookupByID(999)", x -> x.c().domainLookupByID(999))
                .step("noUuid", "c.lookupByUUIDString('00000000-0000-0000-0000-000000000000')",
                        x -> x.c().domainLookupByUUIDString("00000000-0000-0000-0000-000000000000"))
                .step("badXml", "c.defineXML('<domain')", x -> x.c().domainDefineXML("<domain", 0))
                .step("numOfNetworks", "c.numOfNetworks()", x -> x.c().numOfNetworks())
                .step("listNetworks", "sorted(c.listNetworks())", x -> sorted(x.c().listNetworks()))
                .step("numOfDefNets", "c.numOfDefinedNetworks()", x -> x.c().numOfDefinedNetworks())
                .step("listDefNets", "sorted(c.listDefinedNetworks())", x -> sorted(x.c().listDefinedNetworks()))
                .step("allNetworks", "sorted([n.name() for n in c.listAllNetworks(0)])",
                        x -> sorted(x.c().listAllNetworks(0).stream().map(Network::getName).toList()))
                .step("netUuid", "n.UUIDString()", x -> x.n().getUUIDString())
                .step("netXml", "n.XMLDesc(0)", x -> x.n().getXMLDesc(0))
                .step("netBridge", "n.bridgeName()", x -> x.n().getBridgeName())
                .step("netAutostart", "n.autostart()", x -> i(x.n().getAutostart()))
                .step("netActive", "n.isActive()", x -> i(x.n().isActive()))
                .step("netPersistent", "n.isPersistent()", x -> i(x.n().isPersistent()))
                .step("netByUuid", "c.networkLookupByUUIDString(n.UUIDString()).name()",
                        x -> x.c().networkLookupByUUIDString(x.n().getUUIDString()).getName())
                .step("noNet", "c.networkLookupByName('nope')", x -> x.c().networkLookupByName("nope"))
                .step("deregisterUnknown", "c.domainEventDeregisterAny(12345)", x -> {
                    x.c().domainEventDeregisterAny(12345);
                    return 0;
                });
    }

    @Test
    void readCallsGiveWhatLibvirtsOwnClientGets() throws Exception {
        OracleSteps<Ctx> steps = readSteps();
        String setup = "c = libvirt.open(" + OracleSteps.pyString(uri(socket)) + ")\n"
                + "d = c.lookupByName('test')\nn = c.networkLookupByName('default')\n";
        compare(steps, setup, () -> Connect.open(uri(socket)));
    }

    @Test
    void readOnlyConnectionsAreRefusedAsLibvirtRefusesThem() throws Exception {
        OracleSteps<Ctx> steps = new OracleSteps<Ctx>()
                .step("suspend", "d.suspend()", x -> {
                    x.d().suspend();
                    return 0;
                })
                .step("setAutostart", "d.setAutostart(1)", x -> {
                    x.d().setAutostart(true);
                    return 0;
                })
                .step("define", "c.defineXML('<domain/>')", x -> x.c().domainDefineXML("<domain/>", 0))
                .step("destroy", "d.destroy()", x -> {
                    x.d().destroy();
                    return 0;
                })
                .step("netDestroy", "n.destroy()", x -> {
                    x.n().destroy();
                    return 0;
                })
                .step("secureXml", "d.XMLDesc(1)", x -> x.d().getXMLDesc(1))
                .step("readStillWorks", "d.info()[:4]", x -> {
                    var f = x.d().getInfo();
                    return List.of(f.state().value(), f.maxMem(), f.memory(), f.nrVirtCpu());
                });
        // the client's own read-only flag: refused before anything is sent
        compare(steps, "c = libvirt.openReadOnly(" + OracleSteps.pyString(uri(socket)) + ")\n"
                + "d = c.lookupByName('test')\nn = c.networkLookupByName('default')\n", () -> Connect.openReadOnly(uri(socket)));
        // a read-write open of the daemon's read-only socket: the daemon refuses
        String ro = uri(LibvirtdScratch.readOnlySocket());
        compare(steps, "c = libvirt.open(" + OracleSteps.pyString(ro) + ")\n"
                + "d = c.lookupByName('test')\nn = c.networkLookupByName('default')\n", () -> Connect.open(ro));
    }

    @FunctionalInterface
    interface Opener {
        Connect open();
    }

    private static void compare(OracleSteps<Ctx> steps, String setup, Opener opener) throws Exception {
        List<String> expected = LibvirtdScratch.python(steps.python(setup));
        List<String> actual;
        try (Connect c = opener.open()) {
            actual = steps.java(new Ctx(c, c.domainLookupByName("test"), c.networkLookupByName("default")));
        }
        assertThat(actual).as(() -> differences(expected, actual)).containsExactlyElementsOf(expected);
    }

    /** Only the steps that differ, python first: the full lists are too long to read. */
    static String differences(List<String> expected, List<String> actual) {
        StringBuilder b = new StringBuilder("steps that differ:\n");
        for (int k = 0; k < Math.max(expected.size(), actual.size()); k++) {
            String e = k < expected.size() ? expected.get(k) : "(none)";
            String a = k < actual.size() ? actual.get(k) : "(none)";
            if (!e.equals(a)) {
                b.append("  python: ").append(e).append("\n  jvirt:  ").append(a).append('\n');
            }
        }
        return b.toString();
    }

    static List<String> sorted(List<String> l) {
        List<String> out = new ArrayList<>(l);
        out.sort(null);
        return out;
    }

    static List<Integer> sortedInts(int[] a) {
        List<Integer> out = new ArrayList<>();
        for (int x : a) {
            out.add(x);
        }
        out.sort(null);
        return out;
    }

    static Map<String, Object> params(List<TypedParameter> params) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (TypedParameter p : params) {
            m.put(p.field(), p.valueString());
        }
        return m;
    }
}
