package org.jvirt.driver.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.DomainCheckpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Domain checkpoints through the remote driver against a real libvirtd 9.0, compared step for step with
 * python3-libvirt on the same daemon. Each side defines and starts its own domain (with a disk) under one unique
 * name and removes it in its last steps (python runs first, then Java): test:///default inside libvirtd is shared
 * with other suites.
 */
class RemoteCheckpointIT {

    private static String socket;

    private final String u = "jvirt-rc-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void daemon() throws Exception {
        socket = LibvirtdScratch.socket();
        LibvirtdScratch.requirePython();
    }

    private String domXml() {
        return "<domain type='test'><name>" + u + "</name><memory>1048576</memory><vcpu>1</vcpu>"
                + "<os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/" + u
                + ".img'/><target dev='vda' bus='virtio'/></disk></devices></domain>";
    }

    private static Object ok(Runnable r) {
        r.run();
        return 0;
    }

    private static List<String> names(List<DomainCheckpoint> cps) {
        return RemoteLibvirtdIT.sorted(cps.stream().map(DomainCheckpoint::getName).toList());
    }

    @Test
    void checkpointsAsLibvirtsOwnClientSeesThem() throws Exception {
        String q = OracleSteps.pyString(u);
        String d = "c.lookupByName(" + q + ")";
        // each side defines its own domain: creation times and generated uuids differ
        String unstable = "<creationTime>[0-9]+</creationTime>|<uuid>[0-9a-f-]+</uuid>";
        String cpA = "<domaincheckpoint><name>a</name></domaincheckpoint>";
        String cpB = "<domaincheckpoint><name>b</name><description>x</description></domaincheckpoint>";
        OracleSteps<Connect> steps = new OracleSteps<Connect>()
                .step("define", "c.defineXML(" + OracleSteps.pyString(domXml()) + ").name()", c -> c.domainDefineXML(domXml(), 0).getName())
                .step("inactive", d + ".checkpointCreateXML('" + cpA + "', 0).getName()",
                        c -> dom(c).checkpointCreateXML(cpA, 0).getName())
                .step("start", d + ".create()", c -> ok(() -> dom(c).create(0)))
                .step("none", "[x.getName() for x in " + d + ".listAllCheckpoints(0)]", c -> names(dom(c).listAllCheckpoints(0)))
                .step("a", d + ".checkpointCreateXML('" + cpA + "', 0).getName()", c -> dom(c).checkpointCreateXML(cpA, 0).getName())
                .step("b", d + ".checkpointCreateXML('" + cpB + "', 0).getName()", c -> dom(c).checkpointCreateXML(cpB, 0).getName())
                .step("again", d + ".checkpointCreateXML('" + cpB + "', 0).getName()", c -> dom(c).checkpointCreateXML(cpB, 0).getName())
                .step("badXml", d + ".checkpointCreateXML('<domaincheckpoint', 0)", c -> dom(c).checkpointCreateXML("<domaincheckpoint", 0))
                .step("badFlags", d + ".checkpointCreateXML('" + cpA + "', 3)", c -> dom(c).checkpointCreateXML(cpA, 3))
                .step("all", "sorted([x.getName() for x in " + d + ".listAllCheckpoints(0)])", c -> names(dom(c).listAllCheckpoints(0)))
                .step("roots", "sorted([x.getName() for x in " + d + ".listAllCheckpoints(1)])", c -> names(dom(c).listAllCheckpoints(1)))
                .step("leaves", "sorted([x.getName() for x in " + d + ".listAllCheckpoints(4)])", c -> names(dom(c).listAllCheckpoints(4)))
                .step("xml", "re.sub('" + unstable + "', '', " + d + ".checkpointLookupByName('b', 0).getXMLDesc(0))",
                        c -> cp(c, "b").getXMLDesc(0).replaceAll(unstable, ""))
                .step("xmlNoDomain", "re.sub('" + unstable + "', '', " + d + ".checkpointLookupByName('b', 0).getXMLDesc(2))",
                        c -> cp(c, "b").getXMLDesc(2).replaceAll(unstable, ""))
                .step("parent", d + ".checkpointLookupByName('b', 0).getParent(0).getName()", c -> cp(c, "b").getParent(0).getName())
                .step("noParent", d + ".checkpointLookupByName('a', 0).getParent(0).getName()", c -> cp(c, "a").getParent(0).getName())
                .step("children", "[x.getName() for x in " + d + ".checkpointLookupByName('a', 0).listAllChildren(0)]",
                        c -> names(cp(c, "a").listAllChildren(0)))
                .step("noSuch", d + ".checkpointLookupByName('nosuch', 0)", c -> cp(c, "nosuch"))
                .step("snapshotRefused", d + ".snapshotCreateXML('<domainsnapshot/>', 0)", c -> dom(c).snapshotCreateXML("<domainsnapshot/>", 0))
                .step("badDelete", d + ".checkpointLookupByName('a', 0).delete(5)", c -> ok(() -> cp(c, "a").delete(5)))
                .step("delete", d + ".checkpointLookupByName('a', 0).delete(0)", c -> ok(() -> cp(c, "a").delete(0)))
                .step("reparented", d + ".checkpointLookupByName('b', 0).getParent(0).getName()", c -> cp(c, "b").getParent(0).getName())
                .step("deleteAll", d + ".checkpointLookupByName('b', 0).delete(1)", c -> ok(() -> cp(c, "b").delete(1)))
                .step("left", "[x.getName() for x in " + d + ".listAllCheckpoints(0)]", c -> names(dom(c).listAllCheckpoints(0)))
                .step("destroy", d + ".destroy()", c -> ok(() -> dom(c).destroy()))
                .step("undefine", d + ".undefineFlags(0)", c -> ok(() -> dom(c).undefine(0)))
                .step("gone", d + ".name()", c -> dom(c).getName());
        String uri = RemoteLibvirtdIT.uri(socket);
        List<String> expected = LibvirtdScratch.python(steps.python("import re\nc = libvirt.open(" + OracleSteps.pyString(uri) + ")\n"));
        List<String> actual;
        try (Connect c = Connect.open(uri)) {
            actual = steps.java(c);
        }
        assertThat(actual).as(() -> RemoteLibvirtdIT.differences(expected, actual)).containsExactlyElementsOf(expected);
        assertThat(actual).anyMatch(l -> l.startsWith("xml\tok\t") && l.contains("<description>x</description>"));
    }

    private Domain dom(Connect c) {
        return c.domainLookupByName(u);
    }

    private DomainCheckpoint cp(Connect c, String name) {
        return dom(c).checkpointLookupByName(name, 0);
    }
}
