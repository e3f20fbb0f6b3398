package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jvirt.Connect;
import org.jvirt.Network;
import org.jvirt.StoragePool;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;

/**
 * Network and storage pool events: the same call sequence through real libvirt 9.0 (python3-libvirt, default
 * event loop on a thread) and through jvirt, comparing callback ids (one sequence with the domain callbacks),
 * each registration's events in order (object, type, detail; refresh events) and the failed calls' error codes.
 * A sentinel pool's UNDEFINED event ends both runs. Skipped with a printed reason when python3-libvirt is absent.
 */
class NetPoolEventPythonDiffTest {

    static final String NET = "<network><name>evnet</name><bridge name='evbr1'/></network>";
    static final String POOL = "<pool type='dir'><name>evpool</name><target><path>/tmp/evpool</path></target></pool>";
    static final String END = "<pool type='dir'><name>zz-end</name><target><path>/tmp/zz-end</path></target></pool>";

    static final String SCRIPT = PythonOracle.EVENT_PRELUDE + """
            out = []
            ids = []
            errs = []
            done = threading.Event()
            def net(conn, n, event, detail, tag):
                out.append("%s %s %d %d" % (tag, n.name(), event, detail))
            def pool(conn, p, event, detail, tag):
                out.append("%s %s %d %d" % (tag, p.name(), event, detail))
                if p.name() == "zz-end" and event == 1:
                    done.set()
            def refresh(conn, p, tag):
                out.append("%s refresh %s" % (tag, p.name()))
            def t(f):
                try:
                    f()
                except libvirt.libvirtError as e:
                    errs.append("ERR %d %d" % (e.get_error_code(), e.get_error_domain()))
            ids.append(c.domainEventRegisterAny(None, 0, lambda *a: None, None))
            ids.append(c.networkEventRegisterAny(None, 0, net, "nets"))
            ids.append(c.networkEventRegisterAny(c.networkLookupByName("default"), 0, net, "default"))
            ids.append(c.storagePoolEventRegisterAny(None, 0, pool, "pools"))
            ids.append(c.storagePoolEventRegisterAny(None, 1, refresh, "refreshes"))
            ids.append(c.storagePoolEventRegisterAny(c.storagePoolLookupByName("default-pool"), 1, refresh, "dp"))
            n = c.networkDefineXML("@NET@")
            t(lambda: n.create())
            t(lambda: n.create())
            t(lambda: n.undefine())
            t(lambda: n.destroy())
            t(lambda: c.networkDefineXML("@NET@"))
            t(lambda: n.undefine())
            t(lambda: c.networkCreateXML("@NET@").destroy())
            d = c.networkLookupByName("default")
            t(lambda: d.destroy())
            t(lambda: d.create())
            p = c.storagePoolDefineXML("@POOL@")
            t(lambda: p.refresh())
            t(lambda: p.build())
            t(lambda: p.create())
            t(lambda: p.build())
            t(lambda: p.refresh())
            t(lambda: p.destroy())
            t(lambda: p.delete())
            t(lambda: p.undefine())
            t(lambda: c.storagePoolCreateXML("@POOL@").destroy())
            t(lambda: c.storagePoolLookupByName("default-pool").refresh())
            c.storagePoolDefineXML("@END@").undefine()
            done.wait(10)
            print("ids %s" % ids)
            for l in out + errs:
                print(l)
            """;

    @Test
    void sameEventsAsLibvirt() throws Exception {
        String script = SCRIPT.replace("@NET@", NET).replace("@POOL@", POOL).replace("@END@", END);
        List<String> expected = PythonOracle.run(NetPoolEventPythonDiffTest.class, script);
        assertThat(expected).hasSizeGreaterThan(15);
        assertThat(run()).containsExactlyElementsOf(expected);
    }

    /** The script's sequence through jvirt: the ids, the events in order, then the errors. */
    static List<String> run() throws InterruptedException {
        List<String> out = Collections.synchronizedList(new ArrayList<>());
        List<Integer> ids = new ArrayList<>();
        List<String> errs = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        try (Connect c = Connect.open("test:///default")) {
            ids.add(c.domainEventRegisterAny(null, org.jvirt.event.DomainEventId.LIFECYCLE, e -> { }));
            ids.add(c.networkEventRegisterAny(null, 0, (n, id, ev, d) -> out.add("nets " + n.getName() + " " + ev + " " + d)));
            ids.add(c.networkEventRegisterAny(c.networkLookupByName("default"), 0,
                    (n, id, ev, d) -> out.add("default " + n.getName() + " " + ev + " " + d)));
            ids.add(c.storagePoolEventRegisterAny(null, 0, (pl, id, ev, d) -> {
                out.add("pools " + pl.getName() + " " + ev + " " + d);
                if (pl.getName().equals("zz-end") && ev == 1) {
                    done.countDown();
                }
            }));
            ids.add(c.storagePoolEventRegisterAny(null, 1, (pl, id, ev, d) -> out.add("refreshes refresh " + pl.getName())));
            ids.add(c.storagePoolEventRegisterAny(c.storagePoolLookupByName("default-pool"), 1,
                    (pl, id, ev, d) -> out.add("dp refresh " + pl.getName())));
            Network n = c.networkDefineXML(NET);
            t(errs, n::create);
            t(errs, n::create);
            t(errs, n::undefine);
            t(errs, n::destroy);
            t(errs, () -> c.networkDefineXML(NET));
            t(errs, n::undefine);
            t(errs, () -> c.networkCreateXML(NET).destroy());
            Network d = c.networkLookupByName("default");
            t(errs, d::destroy);
            t(errs, d::create);
            StoragePool p = c.storagePoolDefineXML(POOL, 0);
            t(errs, () -> p.refresh(0));
            t(errs, () -> p.build(0));
            t(errs, () -> p.create(0));
            t(errs, () -> p.build(0));
            t(errs, () -> p.refresh(0));
            t(errs, p::destroy);
            t(errs, () -> p.delete(0));
            t(errs, p::undefine);
            t(errs, () -> c.storagePoolCreateXML(POOL, 0).destroy());
            t(errs, () -> c.storagePoolLookupByName("default-pool").refresh(0));
            c.storagePoolDefineXML(END, 0).undefine();
            assertThat(done.await(10, TimeUnit.SECONDS)).as("sentinel event").isTrue();
        }
        List<String> all = new ArrayList<>();
        all.add("ids " + ids);
        all.addAll(out);
        all.addAll(errs);
        return all;
    }

    private static void t(List<String> out, Runnable call) {
        try {
            call.run();
        } catch (VirtException e) {
            out.add("ERR " + e.code().value() + " " + e.domain().value());
        }
    }
}
