package org.jvirt.driver.test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.DomainCheckpoint;
import org.jvirt.driver.test.PythonSteps.Step;
import org.junit.jupiter.api.Test;

/**
 * Checkpoint calls through real libvirt 9.0 (python3-libvirt, test:///default) and through jvirt, step by
 * step: create (named, nameless, with disks by target and by path), redefine (with and without a domain,
 * current handling), list and children with every flag, parent, XML with its flags, delete with its flags,
 * the snapshot/checkpoint exclusion, undefine flags, and errors as (code, domain, message). Name lists are
 * compared sorted (libvirt lists in hash order without TOPOLOGICAL). Times (creationTime, nameless names and
 * bitmaps) are masked. Skipped with a printed reason when python3-libvirt is absent.
 */
class CheckpointPythonDiffTest {

    @Test
    void sameAsLibvirt() throws Exception {
        try (Connect c = Connect.open("test:///default")) {
            PythonSteps.assertSameAsLibvirt(CheckpointPythonDiffTest.class, steps(c, c.domainLookupByName("test")));
        }
    }

    private static DomainCheckpoint cp(Domain d, String name) {
        return d.checkpointLookupByName(name, 0);
    }

    private static Step create(Domain d, String xml, int flags) {
        return new Step("d.checkpointCreateXML(\"" + xml + "\", " + flags + ")", () -> d.checkpointCreateXML(xml, flags));
    }

    private static Step named(Domain d, String name) {
        return create(d, "<domaincheckpoint><name>" + name + "</name><description>about " + name
                + "</description></domaincheckpoint>", 0);
    }

    static List<Step> steps(Connect c, Domain d) {
        List<Step> l = new ArrayList<>();
        l.add(new Step("d.listAllCheckpoints(0)", () -> names(d.listAllCheckpoints(0))));
        l.add(new Step("C('c1')", () -> cp(d, "c1")));
        // a tree: c1 -> c2 -> c3, then c4 under c1 after redefining, c5 by path with no bitmap
        l.add(named(d, "c1"));
        l.add(named(d, "c1"));
        l.add(named(d, "c2"));
        l.add(create(d, "<domaincheckpoint><name>c3</name><disks><disk name='vda' bitmap='b3'/></disks></domaincheckpoint>", 0));
        l.add(create(d, "<domaincheckpoint><name>c5</name><disks><disk name='/guest/diskimage1' checkpoint='no'/></disks></domaincheckpoint>", 0));
        l.add(create(d, "<domaincheckpoint/>", 0));
        l.add(create(d, "<domaincheckpoint><name>bad</name><disks><disk name='vdz'/></disks></domaincheckpoint>", 0));
        l.add(create(d, "<domaincheckpoint><name>bad</name><disks><disk name='vda'/><disk name='vdb'/></disks></domaincheckpoint>", 0));
        l.add(create(d, "<domaincheckpoint><name>bad</name></domaincheckpoint>", 8));
        l.add(create(d, "<domaincheckpoint><name>bad</name></domaincheckpoint>", 4));
        l.add(create(d, "<domaincheckpoint><name>bad</name></domaincheckpoint>", 1 | 2));
        l.add(create(d, "<domaincheckpoint><name>bad</name><creationTime>5</creationTime></domaincheckpoint>", 1 | 4));
        l.add(create(d, "<domaincheckpoint/>", 1));
        l.add(create(d, "<domaincheckpoint><name>bad</name></domaincheckpoint>", 1));
        l.add(create(d, "<notcheckpoint/>", 0));
        l.add(create(d, "<domaincheckpoint>", 0));
        // redefine: under c1 (not current: stays), a parent that is missing, itself, a foreign uuid
        l.add(create(d, "<domaincheckpoint><name>c4</name><creationTime>7</creationTime><parent><name>c1</name>"
                + "</parent></domaincheckpoint>", 1));
        l.add(create(d, "<domaincheckpoint><name>c6</name><creationTime>8</creationTime><parent><name>zz</name>"
                + "</parent></domaincheckpoint>", 1));
        l.add(create(d, "<domaincheckpoint><name>c6</name><creationTime>8</creationTime><parent><name>c6</name>"
                + "</parent></domaincheckpoint>", 1));
        l.add(create(d, "<domaincheckpoint><name>c6</name><creationTime>8</creationTime><domain type='test'><name>x</name>"
                + "<uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os>"
                + "</domain></domaincheckpoint>", 1));
        l.add(create(d, "<domaincheckpoint><name>c6</name><creationTime>8</creationTime><parent><name>c4</name></parent>"
                + "<disks><disk name='vda' checkpoint='bitmap'/></disks><domain type='test'><name>test</name>"
                + "<uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid><memory>1024</memory><os><type>hvm</type></os>"
                + "<devices><disk type='file' device='disk'><source file='/x.img'/><target dev='hdb'/></disk>"
                + "<disk type='file' device='disk'><source file='/y.img'/><target dev='vda'/></disk></devices>"
                + "</domain></domaincheckpoint>", 1));
        l.add(named(d, "c7"));
        for (String n : new String[] {"c1", "c2", "c3", "c4", "c5", "c6", "c7"}) {
            l.add(new Step("C('" + n + "').getParent(0)", () -> cp(d, n).getParent(0)));
            l.add(new Step("C('" + n + "').getXMLDesc(0)", () -> cp(d, n).getXMLDesc(0)));
            l.add(new Step("C('" + n + "').getXMLDesc(2)", () -> cp(d, n).getXMLDesc(2)));
            l.add(new Step("C('" + n + "').getXMLDesc(7)", () -> cp(d, n).getXMLDesc(7)));
            for (int f : new int[] {0, 1, 2, 4, 8, 1 | 4, 1 | 8, 1 | 2, 16}) {
                l.add(new Step("C('" + n + "').listAllChildren(" + f + ")", () -> names(cp(d, n).listAllChildren(f))));
            }
        }
        for (int f : new int[] {0, 1, 2, 4, 8, 1 | 4, 1 | 8, 4 | 8, 1 | 2, 16}) {
            l.add(new Step("d.listAllCheckpoints(" + f + ")", () -> names(d.listAllCheckpoints(f))));
        }
        l.add(new Step("C('c1').getXMLDesc(8)", () -> cp(d, "c1").getXMLDesc(8)));
        l.add(new Step("C('c1').getParent(1)", () -> cp(d, "c1").getParent(1)));
        l.add(new Step("d.checkpointLookupByName('c1', 1)", () -> d.checkpointLookupByName("c1", 1)));
        l.add(new Step("d.snapshotCreateXML('<domainsnapshot/>', 0)", () -> d.snapshotCreateXML("<domainsnapshot/>", 0)));
        l.add(new Step("[x.name() for x in c.listAllDomains(16384)]", () -> c.listAllDomains(16384).stream().map(Domain::getName).toList()));
        l.add(new Step("[x.name() for x in c.listAllDomains(32768)]", () -> c.listAllDomains(32768).stream().map(Domain::getName).toList()));
        // delete: flags, children moving up, current moving to the parent
        l.add(new Step("C('c2').delete(1 | 4)", () -> del(d, "c2", 1 | 4)));
        l.add(new Step("C('c2').delete(8)", () -> del(d, "c2", 8)));
        l.add(new Step("C('c2').delete(0)", () -> del(d, "c2", 0)));
        l.add(new Step("C('c3').getParent(0)", () -> cp(d, "c3").getParent(0)));
        l.add(new Step("C('c3').getXMLDesc(2)", () -> cp(d, "c3").getXMLDesc(2)));
        l.add(new Step("C('c7').delete(2)", () -> del(d, "c7", 2)));
        l.add(named(d, "c8"));
        l.add(new Step("C('c8').getParent(0)", () -> cp(d, "c8").getParent(0)));
        l.add(new Step("C('c4').delete(4)", () -> del(d, "c4", 4)));
        l.add(new Step("d.listAllCheckpoints(0)", () -> names(d.listAllCheckpoints(0))));
        l.add(named(d, "c9"));
        l.add(new Step("C('c9').getParent(0)", () -> cp(d, "c9").getParent(0)));
        l.add(new Step("C('c1').delete(1)", () -> del(d, "c1", 1)));
        l.add(new Step("d.listAllCheckpoints(0)", () -> names(d.listAllCheckpoints(0))));
        l.add(named(d, "c10"));
        l.add(new Step("C('c10').getXMLDesc(2)", () -> cp(d, "c10").getXMLDesc(2)));
        l.add(new Step("d.undefineFlags(16)", () -> {
            d.undefine(16);
            return 0;
        }));
        return l;
    }

    private static int del(Domain d, String name, int flags) {
        cp(d, name).delete(flags);
        return 0;
    }

    private static List<String> names(Collection<DomainCheckpoint> cps) {
        return cps.stream().map(DomainCheckpoint::getName).toList();
    }
}
