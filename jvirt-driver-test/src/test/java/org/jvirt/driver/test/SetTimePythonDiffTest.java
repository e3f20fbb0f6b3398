package org.jvirt.driver.test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.DomainControlInfo;
import org.jvirt.DomainTime;
import org.jvirt.driver.test.PythonSteps.Step;
import org.junit.jupiter.api.Test;

/**
 * virDomainSetTime through real libvirt 9.0 (python3-libvirt, test:///default) and through jvirt, step by step:
 * the stored clock as getTime and getControlInfo see it, seconds past 32 bits and below zero, nseconds past
 * a second, the SYNC flag, unknown flags, paused (set works, get refuses) and shut-off domains, a read-only
 * connection, and a domain removed and defined again (a fresh clock). Skipped when python3-libvirt is absent.
 */
class SetTimePythonDiffTest {

    static final String FRESH = "<domain type='test'><name>st</name><memory>1024</memory><os><type>hvm</type></os></domain>";

    @Test
    void sameAsLibvirt() throws Exception {
        try (Connect c = Connect.open("test:///default"); Connect ro = Connect.openReadOnly("test:///default")) {
            PythonSteps.assertSameAsLibvirt(SetTimePythonDiffTest.class, steps(c, ro));
        }
    }

    /** A domain handle looked up when the step runs (py: the python expression for the same handle). */
    private record Dom(String py, Supplier<Domain> java) {
    }

    private static Step set(Dom d, long seconds, int nseconds, int flags) {
        String dict = "{'seconds': " + seconds + ", 'nseconds': " + nseconds + "}";
        return new Step(d.py() + ".setTime(" + dict + ", " + flags + ")", () -> {
            d.java().get().setTime(seconds, nseconds, flags);
            return 0;
        });
    }

    /** python's sorted(getTime().items()), each tuple as str() prints it. */
    private static Step get(Dom d) {
        return new Step("sorted(" + d.py() + ".getTime().items())", () -> {
            DomainTime t = d.java().get().getTime(0);
            return List.of("('nseconds', " + Integer.toUnsignedString(t.nseconds()) + ")", "('seconds', " + t.seconds() + ")");
        });
    }

    private static Step control(Dom d) {
        return new Step(d.py() + ".controlInfo()", () -> {
            DomainControlInfo i = d.java().get().getControlInfo(0);
            return List.of(i.state(), i.details(), i.stateTime());
        });
    }

    private static Step run(Dom d, String py, Consumer<Domain> call) {
        return new Step(d.py() + "." + py, () -> {
            call.accept(d.java().get());
            return 0;
        });
    }

    static List<Step> steps(Connect c, Connect ro) {
        Dom d = new Dom("d", () -> c.domainLookupByName("test"));
        Dom rod = new Dom("libvirt.openReadOnly('test:///default').lookupByName('test')", () -> ro.domainLookupByName("test"));
        Dom st = new Dom("c.lookupByName('st')", () -> c.domainLookupByName("st"));
        Step defineSt = new Step("c.defineXML(\"" + FRESH + "\").create()", () -> {
            c.domainDefineXML(FRESH, 0).create();
            return 0;
        });
        List<Step> l = new ArrayList<>();
        l.add(get(d));
        l.add(set(d, 5, 7, 0));
        l.add(get(d));
        l.add(control(d));
        l.add(set(d, -(1L << 33) - 7, 2_000_000_000, 0));
        l.add(get(d));
        l.add(control(d));
        l.add(set(d, 12_345, 0, 1));
        l.add(get(d));
        l.add(control(d));
        l.add(set(d, 40_001, 0, 0));
        l.add(control(d));
        l.add(set(d, 1, 0, 2));
        l.add(set(d, 1, 0, 3));
        l.add(set(rod, 1, 0, 0));
        l.add(run(d, "suspend()", Domain::suspend));
        l.add(set(d, 77, 0, 0));
        l.add(get(d));
        l.add(run(d, "resume()", Domain::resume));
        l.add(get(d));
        l.add(run(d, "destroy()", x -> x.destroy(0)));
        l.add(set(d, 78, 0, 0));
        l.add(set(d, 78, 0, 1));
        l.add(set(d, 78, 0, 2));
        l.add(run(d, "create()", Domain::create));
        l.add(get(d));
        // a domain removed and defined again is a new object with a fresh clock
        l.add(defineSt);
        l.add(set(st, 9, 0, 0));
        l.add(get(st));
        l.add(run(st, "destroy()", x -> x.destroy(0)));
        l.add(run(st, "undefine()", x -> x.undefine(0)));
        l.add(defineSt);
        l.add(get(st));
        l.add(run(st, "destroy()", x -> x.destroy(0)));
        l.add(run(st, "undefine()", x -> x.undefine(0)));
        return l;
    }
}
