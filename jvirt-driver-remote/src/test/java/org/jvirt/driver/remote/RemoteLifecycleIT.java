package org.jvirt.driver.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirt.driver.remote.OracleSteps.i;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.Network;
import org.jvirt.event.DomainEvent;
import org.jvirt.event.DomainEventId;
import org.jvirt.event.DomainEventListener;
import org.jvirt.event.DomainLifecycleEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lifecycle calls and events through the remote driver against a real libvirtd 9.0, compared with
 * python3-libvirt. A node file URI gives every connection its own private test driver state inside libvirtd,
 * so both clients start from the same state and nothing is shared with other users of the daemon.
 */
class RemoteLifecycleIT {

    private static String socket;
    private static Path dir;
    private static String uri;

    static final String NEW_DOMAIN = "<domain type='test'><name>lc</name><memory>65536</memory><vcpu>1</vcpu>"
            + "<os><type>hvm</type></os></domain>";
    static final String TRANSIENT = "<domain type='test'><name>tr</name><memory>65536</memory>"
            + "<os><type>hvm</type></os></domain>";
    static final String NETWORK = "<network><name>nety</name><bridge name='virbry'/>"
            + "<ip address='192.168.151.1' netmask='255.255.255.0'/></network>";

    @BeforeAll
    static void daemon() throws Exception {
        socket = LibvirtdScratch.socket();
        dir = Files.createTempDirectory("jvirt-remote-lc");
        // libvirtd runs as root and reads the node file itself
        dir.toFile().setReadable(true, false);
        dir.toFile().setExecutable(true, false);
        Path node = dir.resolve("node.xml");
        try (InputStream in = RemoteLifecycleIT.class.getResourceAsStream("/lifecycle-node.xml")) {
            Files.copy(in, node);
        }
        node.toFile().setReadable(true, false);
        uri = "test+unix://" + node + "?socket=" + socket;
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (dir != null) {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    record Ctx(Connect c, Domain d, Path dir) {
    }

    static Object ok(Runnable r) {
        r.run();
        return 0;
    }

    static OracleSteps<Ctx> steps() {
        return new OracleSteps<Ctx>()
                .step("state0", "d.state()", x -> state(x.d()))
                .step("suspend", "d.suspend()", x -> ok(x.d()::suspend))
                .step("stateSusp", "d.state()", x -> state(x.d()))
                .step("suspendAgain", "d.suspend()", x -> ok(x.d()::suspend))
                .step("resume", "d.resume()", x -> ok(x.d()::resume))
                .step("resumeAgain", "d.resume()", x -> ok(x.d()::resume))
                .step("setMem", "d.setMemoryFlags(131072, 1)", x -> ok(() -> x.d().setMemory(131072, 1)))
                .step("setMemTooMuch", "d.setMemoryFlags(999999999, 1)", x -> ok(() -> x.d().setMemory(999999999, 1)))
                .step("info", "d.info()[:4]", x -> {
                    var f = x.d().getInfo();
                    return List.of(f.state().value(), f.maxMem(), f.memory(), f.nrVirtCpu());
                })
                .step("setVcpus", "d.setVcpusFlags(1, 1)", x -> ok(() -> x.d().setVcpus(1, 1)))
                .step("vcpusLive", "d.vcpusFlags(1)", x -> x.d().getVcpus(1))
                .step("pin", "d.pinVcpuFlags(0, (True, False, True), 1)", x -> ok(() -> x.d().pinVcpu(0,
                        new boolean[] {true, false, true}, 1)))
                // python's wrapper asks for as many maps as the domain has vCPUs now, virsh (and the SPI) for the
                // maximum: the daemon's answers agree on the maps both ask for
                .step("pinInfo", "d.vcpuPinInfo(1)", x -> x.d().getVcpuPinInfo(1).subList(0, x.d().getInfo().nrVirtCpu()))
                .step("save", "d.save(" + OracleSteps.pyString("SAVEDIR/py.save") + ")",
                        x -> ok(() -> x.d().save(x.dir().resolve("java.save").toString())))
                .step("stateSaved", "d.state()", x -> state(x.d()))
                .step("restore", "c.restore(" + OracleSteps.pyString("SAVEDIR/py.save") + ")",
                        x -> ok(() -> x.c().restore(x.dir().resolve("java.save").toString())))
                .step("stateRestored", "d.state()", x -> state(x.d()))
                .step("managedSave", "d.managedSave(0)", x -> ok(() -> x.d().managedSave(0)))
                .step("hasImage", "d.hasManagedSaveImage(0)", x -> i(x.d().hasManagedSaveImage(0)))
                .step("createFromImage", "d.create()", x -> ok(x.d()::create))
                .step("hasImageAfter", "d.hasManagedSaveImage(0)", x -> i(x.d().hasManagedSaveImage(0)))
                .step("shutdown", "d.shutdown()", x -> ok(() -> x.d().shutdown(0)))
                .step("stateOff", "d.state()", x -> state(x.d()))
                .step("schedSet", "d.setSchedulerParameters({'weight': 20})", x -> ok(() -> x.d().setSchedulerParameters(
                        List.of(new org.jvirt.TypedParameter.UInt("weight", 20)), 0)))
                .step("shutdownAgain", "d.shutdown()", x -> ok(() -> x.d().shutdown(0)))
                .step("create", "d.create()", x -> ok(x.d()::create))
                .step("idAfterCreate", "c.lookupByName('fv0').ID()", x -> x.c().domainLookupByName("fv0").getID())
                .step("reboot", "d.reboot(0)", x -> ok(() -> x.d().reboot(0)))
                .step("reset", "d.reset(0)", x -> ok(() -> x.d().reset(0)))
                .step("destroy", "d.destroy()", x -> ok(x.d()::destroy))
                .step("destroyAgain", "d.destroy()", x -> ok(x.d()::destroy))
                .step("setAutostart", "d.setAutostart(1)", x -> ok(() -> x.d().setAutostart(true)))
                .step("autostart", "d.autostart()", x -> i(x.d().getAutostart()))
                .step("define", "c.defineXML(" + OracleSteps.pyString(NEW_DOMAIN) + ").name()",
                        x -> x.c().domainDefineXML(NEW_DOMAIN, 0).getName())
                .step("definedActive", "c.lookupByName('lc').isActive()",
                        x -> i(x.c().domainLookupByName("lc").isActive()))
                .step("undefine", "c.lookupByName('lc').undefine()", x -> ok(() -> x.c().domainLookupByName("lc").undefine(0)))
                .step("undefinedGone", "c.lookupByName('lc')", x -> x.c().domainLookupByName("lc"))
                .step("createXML", "c.createXML(" + OracleSteps.pyString(TRANSIENT) + ", 0).name()",
                        x -> x.c().domainCreateXML(TRANSIENT, 0).getName())
                .step("transientPersistent", "c.lookupByName('tr').isPersistent()",
                        x -> i(x.c().domainLookupByName("tr").isPersistent()))
                .step("transientDestroy", "c.lookupByName('tr').destroy()", x -> ok(() -> x.c().domainLookupByName("tr").destroy()))
                .step("transientGone", "c.lookupByName('tr')", x -> x.c().domainLookupByName("tr"))
                .step("defineBad", "c.defineXML('<domain type=\"test\"><name>x</name></domain>')",
                        x -> x.c().domainDefineXML("<domain type=\"test\"><name>x</name></domain>", 0))
                .step("netDefine", "c.networkDefineXML(" + OracleSteps.pyString(NETWORK) + ").name()",
                        x -> x.c().networkDefineXML(NETWORK, 0).getName())
                .step("netCreate", "c.networkLookupByName('nety').create()", x -> ok(() -> x.c().networkLookupByName("nety").create()))
                .step("netActive", "c.networkLookupByName('nety').isActive()",
                        x -> i(x.c().networkLookupByName("nety").isActive()))
                .step("netAutostart", "c.networkLookupByName('nety').setAutostart(1)",
                        x -> ok(() -> x.c().networkLookupByName("nety").setAutostart(true)))
                .step("netDestroy", "c.networkLookupByName('nety').destroy()", x -> ok(() -> x.c().networkLookupByName("nety").destroy()))
                .step("netUndefine", "c.networkLookupByName('nety').undefine()",
                        x -> ok(() -> x.c().networkLookupByName("nety").undefine()))
                .step("netGone", "c.networkLookupByName('nety')", x -> x.c().networkLookupByName("nety"))
                .step("final", "sorted([(d.name(), d.ID(), d.isActive()) for d in c.listAllDomains(0)])",
                        x -> x.c().listAllDomains(0).stream().sorted(Comparator.comparing(Domain::getName))
                                .map(d -> List.of(d.getName(), d.getID(), i(d.isActive()))).toList())
                .step("finalNets", "sorted([n.name() for n in c.listAllNetworks(0)])",
                        x -> x.c().listAllNetworks(0).stream().map(Network::getName).sorted().toList());
    }

    static List<Integer> state(Domain d) {
        var s = d.getState(0);
        return List.of(s.state().value(), s.reason());
    }

    @Test
    void lifecycleCallsGiveWhatLibvirtsOwnClientGets() throws Exception {
        LibvirtdScratch.requirePython();
        OracleSteps<Ctx> steps = steps();
        String program = steps.python("c = libvirt.open(" + OracleSteps.pyString(uri) + ")\nd = c.lookupByName('fv0')\n")
                .replace("SAVEDIR", dir.toString());
        List<String> expected = LibvirtdScratch.python(program);
        List<String> actual;
        try (Connect c = Connect.open(uri)) {
            actual = steps.java(new Ctx(c, c.domainLookupByName("fv0"), dir));
        }
        assertThat(actual).as(() -> RemoteLibvirtdIT.differences(expected, actual)).containsExactlyElementsOf(expected);
    }

    @Test
    void lifecycleEventsArriveWithNoEventLoopToRun() throws Exception {
        try (Connect c = Connect.open(uri)) {
            Domain d = c.domainLookupByName("fv1");
            LinkedBlockingQueue<DomainEvent> all = new LinkedBlockingQueue<>();
            LinkedBlockingQueue<DomainEvent> onlyFv1 = new LinkedBlockingQueue<>();
            DomainEventListener allListener = all::add;
            int idAll = c.domainEventRegisterAny(null, DomainEventId.LIFECYCLE, allListener);
            int idOne = c.domainEventRegisterAny(d, DomainEventId.LIFECYCLE, onlyFv1::add);
            assertThat(idAll).isNotEqualTo(idOne);
            // the same listener for the same event and filter is refused, as libvirt refuses the same callback
            try {
                c.domainEventRegisterAny(null, DomainEventId.LIFECYCLE, allListener);
                throw new AssertionError("registered twice");
            } catch (org.jvirt.error.VirtException e) {
                assertThat(e.getMessage()).isEqualTo("invalid argument: event callback already tracked");
            }
            c.domainLookupByName("fv0").suspend();
            d.suspend();
            d.resume();
            d.destroy();
            d.create();
            assertThat(texts(all, 5)).containsExactly("fv0 Suspended Paused", "fv1 Suspended Paused",
                    "fv1 Resumed Unpaused", "fv1 Stopped Destroyed", "fv1 Started Booted");
            assertThat(texts(onlyFv1, 4)).containsExactly("fv1 Suspended Paused", "fv1 Resumed Unpaused",
                    "fv1 Stopped Destroyed", "fv1 Started Booted");
            c.domainEventDeregisterAny(idAll);
            c.domainLookupByName("fv0").resume();
            d.suspend();
            assertThat(texts(onlyFv1, 1)).containsExactly("fv1 Suspended Paused");
            assertThat(all.poll(300, TimeUnit.MILLISECONDS)).isNull();
            c.domainEventDeregisterAny(idOne);
        }
    }

    private static List<String> texts(LinkedBlockingQueue<DomainEvent> q, int n) throws InterruptedException {
        List<String> out = new java.util.ArrayList<>();
        for (int k = 0; k < n; k++) {
            DomainEvent e = q.poll(10, TimeUnit.SECONDS);
            assertThat(e).as("event %d of %d", k + 1, n).isNotNull();
            DomainLifecycleEvent l = (DomainLifecycleEvent) e;
            out.add(l.domain().getName() + " " + l.virshText());
        }
        return out;
    }
}
