package org.jvirt.driver.test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.DomainSnapshot;
import org.jvirt.driver.test.PythonSteps.Step;
import org.junit.jupiter.api.Test;

/**
 * Snapshot calls through real libvirt 9.0 (python3-libvirt, test:///default) and through jvirt, step by step:
 * create, list with flags, current, parent, children, revert (domain state and reason after each), delete with
 * its flags, and errors as (code, domain, message). Names lists are compared sorted: without TOPOLOGICAL libvirt
 * lists in hash order, and with it siblings still come in hash order. Creation times are masked in XML.
 * Skipped with a printed reason when python3-libvirt is absent.
 */
class SnapshotPythonDiffTest {

    static final String SNAP = "<domainsnapshot><name>%s</name><description>%s</description></domainsnapshot>";

    @Test
    void sameAsLibvirt() throws Exception {
        try (Connect c = Connect.open("test:///default")) {
            PythonSteps.assertSameAsLibvirt(SnapshotPythonDiffTest.class, steps(c.domainLookupByName("test")));
        }
    }

    private static DomainSnapshot s(Domain d, String name) {
        return d.snapshotLookupByName(name, 0);
    }

    private static String state(Domain d) {
        var st = d.getState(0);
        return st.state().value() + "," + st.reason();
    }

    private static Step create(Domain d, String name, int flags) {
        String xml = SNAP.formatted(name, "about " + name);
        return new Step("d.snapshotCreateXML(\"" + xml + "\", " + flags + ")", () -> d.snapshotCreateXML(xml, flags));
    }

    private static Step redefine(Domain d, String xml, int flags) {
        return new Step("d.snapshotCreateXML(\"" + xml + "\", " + flags + ")", () -> d.snapshotCreateXML(xml, flags));
    }

    static List<Step> steps(Domain d) {
        List<Step> l = new ArrayList<>();
        l.add(new Step("d.hasCurrentSnapshot(0)", () -> d.hasCurrentSnapshot(0)));
        l.add(new Step("d.snapshotCurrent(0)", () -> d.snapshotCurrent(0)));
        l.add(new Step("d.snapshotNum(0)", () -> d.snapshotNum(0)));
        // a tree: s1 (running) -> s2 (paused) -> s3 (shutoff), then s4 beside s2 from s1, s5 under s3
        l.add(create(d, "s1", 0));
        l.add(create(d, "s1", 0));
        l.add(new Step("d.suspend()", () -> { d.suspend(); return 0; }));
        l.add(create(d, "s2", 0));
        l.add(new Step("d.destroy()", () -> { d.destroy(0); return 0; }));
        l.add(create(d, "s3", 0));
        l.add(new Step("S('s3').getXMLDesc(0)", () -> s(d, "s3").getXMLDesc(0)));
        l.add(new Step("S('s2').getXMLDesc(1)", () -> s(d, "s2").getXMLDesc(1)));
        l.add(new Step("d.revertToSnapshot(S('s1'), 0)", () -> { s(d, "s1").revert(0); return 0; }));
        l.add(new Step("d.state()", () -> state(d)));
        l.add(create(d, "s4", 0));
        l.add(new Step("d.revertToSnapshot(S('s3'), 0)", () -> { s(d, "s3").revert(0); return 0; }));
        l.add(new Step("d.state()", () -> state(d)));
        l.add(new Step("d.create()", () -> { d.create(); return 0; }));
        l.add(create(d, "s5", 0));
        l.add(new Step("d.snapshotCurrent(0)", () -> d.snapshotCurrent(0)));
        // listing with flags
        for (int f : new int[] {0, 1, 4, 8, 2, 16, 32, 64, 128, 256, 512, 1024, 1 | 4, 1024 | 32, 4 | 8}) {
            l.add(new Step("d.snapshotListNames(" + f + ")", () -> d.snapshotListNames(f)));
            l.add(new Step("d.snapshotNum(" + f + ")", () -> d.snapshotNum(f)));
            l.add(new Step("d.listAllSnapshots(" + f + ")", () -> names(d.listAllSnapshots(f))));
        }
        // (not snapshotListNames: python's binding calls virDomainSnapshotNum first, and its error names that)
        l.add(new Step("d.snapshotNum(2048)", () -> d.snapshotNum(2048)));
        l.add(new Step("d.listAllSnapshots(2048)", () -> d.listAllSnapshots(2048)));
        // parents and children
        for (String n : new String[] {"s1", "s2", "s3", "s4", "s5"}) {
            l.add(new Step("S('" + n + "').getParent(0)", () -> s(d, n).getParent(0)));
            l.add(new Step("S('" + n + "').isCurrent(0)", () -> s(d, n).isCurrent(0)));
            l.add(new Step("S('" + n + "').hasMetadata(0)", () -> s(d, n).hasMetadata(0)));
            for (int f : new int[] {0, 1, 4, 8, 32, 64, 1024, 1 | 8}) {
                l.add(new Step("S('" + n + "').listChildrenNames(" + f + ")", () -> s(d, n).listChildrenNames(f)));
                l.add(new Step("S('" + n + "').numChildren(" + f + ")", () -> s(d, n).numChildren(f)));
                l.add(new Step("S('" + n + "').listAllChildren(" + f + ")", () -> names(s(d, n).listAllChildren(f))));
            }
        }
        l.add(new Step("S('nosuch')", () -> s(d, "nosuch")));
        l.add(new Step("d.snapshotLookupByName('s1', 1)", () -> d.snapshotLookupByName("s1", 1)));
        // revert: states, reasons and flags
        l.add(new Step("d.revertToSnapshot(S('s2'), 0)", () -> { s(d, "s2").revert(0); return 0; }));
        l.add(new Step("d.state()", () -> state(d)));
        l.add(new Step("d.revertToSnapshot(S('s1'), 2)", () -> { s(d, "s1").revert(2); return 0; }));
        l.add(new Step("d.state()", () -> state(d)));
        l.add(new Step("d.revertToSnapshot(S('s2'), 1)", () -> { s(d, "s2").revert(1); return 0; }));
        l.add(new Step("d.state()", () -> state(d)));
        l.add(new Step("d.revertToSnapshot(S('s3'), 1)", () -> { s(d, "s3").revert(1); return 0; }));
        l.add(new Step("d.state()", () -> state(d)));
        l.add(new Step("d.revertToSnapshot(S('s3'), 2)", () -> { s(d, "s3").revert(2); return 0; }));
        l.add(new Step("d.state()", () -> state(d)));
        l.add(new Step("d.revertToSnapshot(S('s1'), 3)", () -> { s(d, "s1").revert(3); return 0; }));
        l.add(new Step("d.revertToSnapshot(S('s1'), 4)", () -> { s(d, "s1").revert(4); return 0; }));
        l.add(new Step("d.state()", () -> state(d)));
        l.add(new Step("d.revertToSnapshot(S('s3'), 0)", () -> { s(d, "s3").revert(0); return 0; }));
        l.add(new Step("d.state()", () -> state(d)));
        l.add(new Step("d.revertToSnapshot(S('s1'), 16)", () -> { s(d, "s1").revert(16); return 0; }));
        l.add(new Step("d.snapshotCurrent(0)", () -> d.snapshotCurrent(0)));
        // create flags: halt, redefine (+current), flags the test driver refuses
        l.add(new Step("d.revertToSnapshot(S('s1'), 0)", () -> { s(d, "s1").revert(0); return 0; }));
        l.add(create(d, "h1", 8));
        l.add(new Step("d.state()", () -> state(d)));
        l.add(create(d, "x1", 16));
        l.add(create(d, "x2", 4));
        l.add(create(d, "x3", 2));
        l.add(create(d, "x4", 1 | 8));
        l.add(redefine(d, "<domainsnapshot><name>r1</name><state>shutoff</state><creationTime>7</creationTime>"
                + "<parent><name>s2</name></parent><domain type='test'><name>test</name>"
                + "<uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid><memory>1024</memory><os><type>hvm</type></os>"
                + "</domain></domainsnapshot>", 1 | 2));
        l.add(new Step("d.snapshotCurrent(0)", () -> d.snapshotCurrent(0)));
        l.add(new Step("S('r1').getXMLDesc(0)", () -> s(d, "r1").getXMLDesc(0)));
        l.add(redefine(d, "<domainsnapshot><name>s2</name><description>new</description><state>paused</state>"
                + "<creationTime>9</creationTime></domainsnapshot>", 1));
        l.add(new Step("S('s2').getXMLDesc(0)", () -> s(d, "s2").getXMLDesc(0)));
        l.add(new Step("S('s2').listChildrenNames(1)", () -> s(d, "s2").listChildrenNames(1)));
        l.add(redefine(d, "<domainsnapshot><name>s1</name><state>running</state><creationTime>9</creationTime>"
                + "<parent><name>s3</name></parent></domainsnapshot>", 1));
        l.add(redefine(d, "<domainsnapshot><name>s1</name></domainsnapshot", 1));
        // delete: the test driver's flags and what moves where
        l.add(new Step("S('s1').delete(2)", () -> { s(d, "s1").delete(2); return 0; }));
        l.add(new Step("S('s2').delete(4)", () -> { s(d, "s2").delete(4); return 0; }));
        l.add(new Step("d.snapshotListNames(0)", () -> d.snapshotListNames(0)));
        l.add(new Step("d.snapshotCurrent(0)", () -> d.snapshotCurrent(0)));
        l.add(new Step("S('s1').delete(0)", () -> { s(d, "s1").delete(0); return 0; }));
        l.add(new Step("d.snapshotListNames(1)", () -> d.snapshotListNames(1)));
        l.add(new Step("S('s2').getParent(0)", () -> s(d, "s2").getParent(0)));
        l.add(new Step("S('s4').getParent(0)", () -> s(d, "s4").getParent(0)));
        l.add(new Step("d.snapshotCurrent(0)", () -> d.snapshotCurrent(0)));
        l.add(new Step("S('s2').delete(1)", () -> { s(d, "s2").delete(1); return 0; }));
        l.add(new Step("d.snapshotListNames(0)", () -> d.snapshotListNames(0)));
        l.add(new Step("d.hasCurrentSnapshot(0)", () -> d.hasCurrentSnapshot(0)));
        l.add(new Step("d.snapshotCurrent(0)", () -> d.snapshotCurrent(0)));
        l.add(new Step("S('s2')", () -> s(d, "s2")));
        l.add(new Step("S('s4').delete(8)", () -> { s(d, "s4").delete(8); return 0; }));
        l.add(new Step("S('s4').delete(1 | 4)", () -> { s(d, "s4").delete(1 | 4); return 0; }));
        l.add(new Step("d.snapshotNum(0)", () -> d.snapshotNum(0)));
        l.add(new Step("d.undefineFlags(0)", () -> { d.undefine(0); return 0; }));
        l.add(new Step("d.undefineFlags(1)", () -> { d.undefine(1); return 0; }));
        l.add(new Step("d.snapshotNum(0)", () -> d.snapshotNum(0)));
        return l;
    }

    private static List<String> names(Collection<DomainSnapshot> snaps) {
        return snaps.stream().map(DomainSnapshot::getName).toList();
    }
}
