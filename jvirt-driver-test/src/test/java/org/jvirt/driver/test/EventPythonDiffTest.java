package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEventId;
import org.jvirt.event.DomainLifecycleEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same call sequence through real libvirt 9.0 (python3-libvirt with its default event loop on a thread) and
 * through jvirt, comparing the lifecycle events each registration received: callback, domain name, the id in
 * the event's handle, type and detail, in order (then the failed calls' error codes, kept apart since
 * events arrive asynchronously). A sentinel domain's UNDEFINED event ends both runs, so nothing
 * depends on sleeping. Skipped with a printed reason when python3-libvirt is absent.
 */
class EventPythonDiffTest {

    static final String PD = "<domain type='test'><name>pd</name><uuid>11111111-2222-3333-4444-555555555501</uuid>"
            + "<memory>1024</memory><os><type>hvm</type></os></domain>";
    static final String PT = "<domain type='test'><name>pt</name><uuid>11111111-2222-3333-4444-555555555502</uuid>"
            + "<memory>1024</memory><os><type>hvm</type></os></domain>";
    static final String PR = "<domain type='test'><name>pr</name><uuid>11111111-2222-3333-4444-555555555503</uuid>"
            + "<memory>1024</memory><on_poweroff>restart</on_poweroff><on_reboot>destroy</on_reboot>"
            + "<os><type>hvm</type></os></domain>";
    static final String END = "<domain type='test'><name>zz-end</name><memory>1024</memory><os><type>hvm</type></os></domain>";

    static final String SCRIPT = PythonOracle.EVENT_PRELUDE + """
            import time
            out = []
            errs = []
            done = threading.Event()
            def cb(conn, dom, event, detail, tag):
                out.append("%s %s %d %d %d" % (tag, dom.name(), dom.ID(), event, detail))
                if dom.name() == "zz-end" and event == 1:
                    done.set()
            def rb(conn, dom, tag):
                out.append("%s reboot %s" % (tag, dom.name()))
            def t(f):
                try:
                    f()
                except libvirt.libvirtError as e:
                    errs.append("ERR %d" % e.get_error_code())
            c.domainEventRegisterAny(None, libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, cb, "all")
            c.domainEventRegisterAny(None, libvirt.VIR_DOMAIN_EVENT_ID_REBOOT, rb, "rb")
            d = c.defineXML("@PD@")
            # libvirt matches callbacks when its loop flushes the queue: wait, or "pd" might see this event too
            while len(out) < 1:
                time.sleep(0.01)
            c.domainEventRegisterAny(d, libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, cb, "pd")
            t(lambda: c.defineXML("@PD@"))
            t(lambda: d.suspend())
            t(lambda: d.create())
            t(lambda: d.suspend())
            t(lambda: d.resume())
            t(lambda: d.reboot())
            t(lambda: d.reset())
            t(lambda: d.save("@SAVE@"))
            t(lambda: c.restore("@SAVE@"))
            t(lambda: d.managedSave())
            t(lambda: d.create())
            t(lambda: d.shutdown())
            t(lambda: d.create())
            t(lambda: c.defineXML("@PD@"))
            t(lambda: d.destroy())
            t(lambda: d.create())
            t(lambda: d.coreDump("@CORE@", libvirt.VIR_DUMP_CRASH))
            t(lambda: d.undefine())
            t(lambda: c.createXML("@PT@"))
            t(lambda: c.lookupByName("pt").suspend())
            t(lambda: c.lookupByName("pt").destroy())
            t(lambda: c.createXML("@PT@"))
            t(lambda: c.lookupByName("pt").undefine())
            t(lambda: c.lookupByName("pt").shutdown())
            t(lambda: c.defineXML("@PR@"))
            r = c.lookupByName("pr")
            t(lambda: r.create())
            t(lambda: r.reboot())
            t(lambda: r.create())
            t(lambda: r.shutdown())
            t(lambda: r.destroy())
            t(lambda: r.undefine())
            t(lambda: c.lookupByName("test").suspend())
            t(lambda: c.lookupByName("test").resume())
            c.defineXML("@END@").undefine()
            done.wait(10)
            for l in out + errs:
                print(l)
            """;

    @TempDir
    Path tmp;

    @Test
    void sameEventsAsLibvirt() throws Exception {
        String save = tmp.resolve("py.img").toString();
        String core = tmp.resolve("py.core").toString();
        String script = SCRIPT.replace("@PD@", PD).replace("@PT@", PT).replace("@PR@", PR).replace("@END@", END)
                .replace("@SAVE@", save).replace("@CORE@", core);
        List<String> expected = PythonOracle.run(EventPythonDiffTest.class, script);
        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(run(tmp.resolve("j.img").toString(), tmp.resolve("j.core").toString()))
                .containsExactlyElementsOf(expected);
    }

    /** The script's sequence through jvirt; events in order, then the errors. */
    static List<String> run(String save, String core) throws InterruptedException {
        List<String> out = Collections.synchronizedList(new ArrayList<>());
        List<String> errs = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        try (Connect c = Connect.open("test:///default")) {
            c.domainEventRegisterAny(null, DomainEventId.LIFECYCLE, e -> record(out, done, "all", e));
            c.domainEventRegisterAny(null, DomainEventId.REBOOT, e -> out.add("rb reboot " + e.domain().getName()));
            Domain d = c.domainDefineXML(PD, 0);
            while (out.isEmpty()) {
                Thread.sleep(10);
            }
            c.domainEventRegisterAny(d, DomainEventId.LIFECYCLE, e -> record(out, done, "pd", e));
            t(errs, () -> c.domainDefineXML(PD, 0));
            t(errs, d::suspend);
            t(errs, d::create);
            t(errs, d::suspend);
            t(errs, d::resume);
            t(errs, () -> d.reboot(0));
            t(errs, () -> d.reset(0));
            t(errs, () -> d.save(save));
            t(errs, () -> c.restore(save));
            t(errs, () -> d.managedSave(0));
            t(errs, d::create);
            t(errs, () -> d.shutdown(0));
            t(errs, d::create);
            t(errs, () -> c.domainDefineXML(PD, 0));
            t(errs, () -> d.destroy(0));
            t(errs, d::create);
            t(errs, () -> d.coreDump(core, org.jvirt.flags.DomainCoreDumpFlag.CRASH.value()));
            t(errs, () -> d.undefine(0));
            t(errs, () -> c.domainCreateXML(PT, 0));
            t(errs, () -> c.domainLookupByName("pt").suspend());
            t(errs, () -> c.domainLookupByName("pt").destroy(0));
            t(errs, () -> c.domainCreateXML(PT, 0));
            t(errs, () -> c.domainLookupByName("pt").undefine(0));
            t(errs, () -> c.domainLookupByName("pt").shutdown(0));
            t(errs, () -> c.domainDefineXML(PR, 0));
            Domain r = c.domainLookupByName("pr");
            t(errs, r::create);
            t(errs, () -> r.reboot(0));
            t(errs, r::create);
            t(errs, () -> r.shutdown(0));
            t(errs, () -> r.destroy(0));
            t(errs, () -> r.undefine(0));
            t(errs, () -> c.domainLookupByName("test").suspend());
            t(errs, () -> c.domainLookupByName("test").resume());
            c.domainDefineXML(END, 0).undefine(0);
            assertThat(done.await(10, TimeUnit.SECONDS)).as("sentinel event").isTrue();
        }
        List<String> all = new ArrayList<>(out);
        all.addAll(errs);
        return all;
    }

    private static void record(List<String> out, CountDownLatch done, String tag, org.jvirt.event.DomainEvent e) {
        DomainLifecycleEvent l = (DomainLifecycleEvent) e;
        out.add(tag + " " + l.domain().getName() + " " + l.domain().getID() + " " + l.event().value() + " " + l.detail());
        if (l.domain().getName().equals("zz-end") && l.event().value() == 1) {
            done.countDown();
        }
    }

    private static void t(List<String> out, Runnable call) {
        try {
            call.run();
        } catch (VirtException e) {
            out.add("ERR " + e.code().value());
        }
    }
}
