package org.jvirt.daemon.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.daemon.TestDaemon;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEvent;
import org.jvirt.event.DomainEventId;
import org.jvirt.event.DomainLifecycleEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * jvirt's own Java client (the remote driver, pure Java) on jvirtd, compared call for call with the same client
 * on libvirtd, and its event listeners fed by jvirtd's MESSAGE packets.
 */
class JavaClientIT {

    private static TestDaemon jvirtd;

    @BeforeAll
    static void start() throws Exception {
        jvirtd = TestDaemon.start(Files.createTempDirectory("jvirtd-java"), "");
    }

    @AfterAll
    static void stop() {
        if (jvirtd != null) {
            jvirtd.close();
        }
    }

    private static void show(List<String> out, String label, Supplier<Object> call) {
        try {
            Object v = call.get();
            out.add(label + " = " + (v instanceof int[] a ? java.util.Arrays.toString(a) : v));
        } catch (VirtException e) {
            out.add(label + " ! " + e.code() + " " + e.domain() + " " + e.getMessage());
        }
    }

    private static List<String> transcript(String uri) {
        List<String> out = new ArrayList<>();
        try (Connect c = Connect.open(uri)) {
            show(out, "type", c::getType);
            show(out, "version", c::getVersion);
            show(out, "hostname", c::getHostname);
            show(out, "nodeinfo", c::nodeGetInfo);
            show(out, "ids", c::listDomainsID);
            show(out, "all", () -> c.listAllDomains(0).stream().map(Domain::getName).sorted().toList());
            show(out, "nets", () -> c.listNetworks());
            Domain d = c.domainLookupByName("test");
            show(out, "info", () -> d.getInfo().state() + " " + d.getInfo().maxMem() + " " + d.getInfo().nrVirtCpu());
            show(out, "state", () -> d.getState(0));
            show(out, "xml", () -> d.getXMLDesc(0).lines().findFirst().orElse(""));
            show(out, "sched", () -> d.getSchedulerParameters(0));
            show(out, "vcpupin", () -> d.getVcpuPinInfo(0).size());
            show(out, "missing", () -> c.domainLookupByName("nosuch"));
            show(out, "suspend", () -> {
                d.suspend();
                return d.getState(0);
            });
            show(out, "suspend-again", () -> {
                d.suspend();
                return "";
            });
            show(out, "destroy", () -> {
                d.destroy();
                return d.isActive();
            });
            show(out, "create", () -> {
                d.create(0);
                return d.isActive();
            });
            show(out, "bad-flags", () -> {
                d.shutdown(1 << 20);
                return "";
            });
        }
        return out;
    }

    /** The shared libvirtd may be busy with other suites: fail after a minute rather than hang the fork. */
    private static List<String> bounded(String uri) throws Exception {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> transcript(uri))
                .get(60, TimeUnit.SECONDS);
    }

    @Test
    void sameResultsAsOnLibvirtd() throws Exception {
        List<String> want = bounded(Libvirtd.uri());
        List<String> got = bounded(jvirtd.uri());
        assertThat(got).containsExactlyElementsOf(want);
        assertThat(got).contains("missing ! NO_DOMAIN TEST Domain not found");
    }

    @Test
    void listenersReceiveLifecycleEvents() throws Exception {
        BlockingQueue<DomainEvent> events = new LinkedBlockingQueue<>();
        try (Connect watcher = Connect.open(jvirtd.uri()); Connect actor = Connect.open(jvirtd.uri())) {
            int id = watcher.domainEventRegisterAny(null, DomainEventId.LIFECYCLE, events::add);
            actor.domainLookupByName("test").suspend();
            DomainEvent e = events.poll(10, TimeUnit.SECONDS);
            assertThat(e).isInstanceOf(DomainLifecycleEvent.class);
            assertThat(((DomainLifecycleEvent) e).virshText()).isEqualTo("Suspended Paused");
            assertThat(e.domain().getName()).isEqualTo("test");
            watcher.domainEventDeregisterAny(id);
            actor.domainLookupByName("test").resume();
            assertThat(events.poll(500, TimeUnit.MILLISECONDS)).isNull();
        }
    }
}
