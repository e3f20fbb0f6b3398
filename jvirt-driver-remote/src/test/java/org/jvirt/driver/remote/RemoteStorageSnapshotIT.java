package org.jvirt.driver.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirt.driver.remote.OracleSteps.i;

import java.util.List;
import java.util.UUID;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.DomainSnapshot;
import org.jvirt.StoragePool;
import org.jvirt.StoragePoolInfo;
import org.jvirt.StorageVol;
import org.jvirt.StorageVolInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Storage pools, volumes and domain snapshots through the remote driver against a real libvirtd 9.0, compared
 * step for step with python3-libvirt on the same daemon. Each side creates its own pool and domain under one
 * unique name and removes them in its last steps (python runs first, then Java): test:///default inside
 * libvirtd is shared with other suites.
 */
class RemoteStorageSnapshotIT {

    private static String socket;

    private final String u = "jvirt-rs-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void daemon() throws Exception {
        socket = LibvirtdScratch.socket();
        LibvirtdScratch.requirePython();
    }

    private String poolXml() {
        return "<pool type='dir'><name>" + u + "</name><target><path>/" + u + "</path></target></pool>";
    }

    private static String volXml(String name) {
        return "<volume><name>" + name + "</name><capacity>1048576</capacity></volume>";
    }

    private String domXml() {
        return "<domain type='test'><name>" + u + "</name><memory>1048576</memory><vcpu>2</vcpu>"
                + "<os><type>hvm</type></os></domain>";
    }

    private static Object ok(Runnable r) {
        r.run();
        return 0;
    }

    private static List<Object> info(StoragePoolInfo f) {
        return List.of(f.state(), f.capacity(), f.allocation(), f.available());
    }

    private static List<Object> info(StorageVolInfo f) {
        return List.of(f.type(), f.capacity(), f.allocation());
    }

    @Test
    void poolsAndVolumesAsLibvirtsOwnClientSeesThem() throws Exception {
        String q = OracleSteps.pyString(u);
        String p = "c.storagePoolLookupByName(" + q + ")";
        String v1 = p + ".storageVolLookupByName('v1.img')";
        String key = OracleSteps.pyString("/" + u + "/v1.img");
        OracleSteps<Connect> steps = new OracleSteps<Connect>()
                .step("num", "c.numOfStoragePools()", c -> c.numOfStoragePools())
                .step("list", "sorted(c.listStoragePools())", c -> RemoteLibvirtdIT.sorted(c.listStoragePools()))
                .step("numDefined", "c.numOfDefinedStoragePools()", c -> c.numOfDefinedStoragePools())
                .step("listDefined", "sorted(c.listDefinedStoragePools())", c -> RemoteLibvirtdIT.sorted(c.listDefinedStoragePools()))
                .step("all", "sorted([x.name() for x in c.listAllStoragePools(0)])",
                        c -> RemoteLibvirtdIT.sorted(c.listAllStoragePools(0).stream().map(StoragePool::getName).toList()))
                .step("default", "c.storagePoolLookupByName('default-pool').info()",
                        c -> info(c.storagePoolLookupByName("default-pool").getInfo()))
                .step("defaultXml", "c.storagePoolLookupByName('default-pool').XMLDesc(0)",
                        c -> c.storagePoolLookupByName("default-pool").getXMLDesc(0))
                .step("byUuid", "c.storagePoolLookupByUUIDString('dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566').name()",
                        c -> c.storagePoolLookupByUUIDString("dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566").getName())
                .step("sources", "c.findStoragePoolSources('logical', None, 0)", c -> c.findStoragePoolSources("logical", null, 0))
                .step("noPool", "c.storagePoolLookupByName(" + q + ")", c -> c.storagePoolLookupByName(u))
                .step("define", "c.storagePoolDefineXML(" + OracleSteps.pyString(poolXml()) + ", 0).name()",
                        c -> c.storagePoolDefineXML(poolXml(), 0).getName())
                .step("inactiveInfo", p + ".info()", c -> info(c.storagePoolLookupByName(u).getInfo()))
                .step("persistent", p + ".isPersistent()", c -> i(c.storagePoolLookupByName(u).isPersistent()))
                .step("build", p + ".build(0)", c -> ok(() -> c.storagePoolLookupByName(u).build(0)))
                .step("create", p + ".create(0)", c -> ok(() -> c.storagePoolLookupByName(u).create(0)))
                .step("createAgain", p + ".create(0)", c -> ok(() -> c.storagePoolLookupByName(u).create(0)))
                .step("active", p + ".isActive()", c -> i(c.storagePoolLookupByName(u).isActive()))
                .step("setAutostart", p + ".setAutostart(1)", c -> ok(() -> c.storagePoolLookupByName(u).setAutostart(true)))
                .step("autostart", p + ".autostart()", c -> i(c.storagePoolLookupByName(u).getAutostart()))
                .step("refresh", p + ".refresh(0)", c -> ok(() -> c.storagePoolLookupByName(u).refresh(0)))
                .step("volCreate", p + ".createXML(" + OracleSteps.pyString(volXml("v1.img")) + ", 0).key()",
                        c -> c.storagePoolLookupByName(u).storageVolCreateXML(volXml("v1.img"), 0).getKey())
                .step("volDuplicate", p + ".createXML(" + OracleSteps.pyString(volXml("v1.img")) + ", 0).key()",
                        c -> c.storagePoolLookupByName(u).storageVolCreateXML(volXml("v1.img"), 0).getKey())
                .step("volClone", p + ".createXMLFrom(" + OracleSteps.pyString(volXml("v2.img")) + ", " + v1 + ", 0).name()",
                        c -> c.storagePoolLookupByName(u).storageVolCreateXMLFrom(volXml("v2.img"),
                                c.storagePoolLookupByName(u).storageVolLookupByName("v1.img"), 0).getName())
                .step("numVols", p + ".numOfVolumes()", c -> c.storagePoolLookupByName(u).numOfVolumes())
                .step("listVols", "sorted(" + p + ".listVolumes())", c -> RemoteLibvirtdIT.sorted(c.storagePoolLookupByName(u).listVolumes()))
                .step("allVols", "sorted([x.key() for x in " + p + ".listAllVolumes(0)])",
                        c -> RemoteLibvirtdIT.sorted(c.storagePoolLookupByName(u).listAllVolumes(0).stream().map(StorageVol::getKey).toList()))
                .step("poolInfo", p + ".info()", c -> info(c.storagePoolLookupByName(u).getInfo()))
                .step("volInfo", v1 + ".info()", c -> info(c.storagePoolLookupByName(u).storageVolLookupByName("v1.img").getInfo()))
                .step("volXml", v1 + ".XMLDesc(0)", c -> c.storagePoolLookupByName(u).storageVolLookupByName("v1.img").getXMLDesc(0))
                .step("volPath", v1 + ".path()", c -> c.storagePoolLookupByName(u).storageVolLookupByName("v1.img").getPath())
                .step("byKey", "c.storageVolLookupByKey(" + key + ").name()", c -> c.storageVolLookupByKey("/" + u + "/v1.img").getName())
                .step("byPath", "c.storageVolLookupByPath(" + key + ").name()", c -> c.storageVolLookupByPath("/" + u + "/v1.img").getName())
                .step("volPool", v1 + ".storagePoolLookupByVolume().name()",
                        c -> c.storagePoolLookupByName(u).storageVolLookupByName("v1.img").getPool().getName())
                .step("wipe", v1 + ".wipe(0)", c -> ok(() -> c.storagePoolLookupByName(u).storageVolLookupByName("v1.img").wipe(0)))
                .step("wipePattern", v1 + ".wipePattern(0, 0)",
                        c -> ok(() -> c.storagePoolLookupByName(u).storageVolLookupByName("v1.img").wipePattern(0, 0)))
                .step("resize", v1 + ".resize(2097152, 0)",
                        c -> ok(() -> c.storagePoolLookupByName(u).storageVolLookupByName("v1.img").resize(2097152, 0)))
                .step("noVol", p + ".storageVolLookupByName('nosuch')", c -> c.storagePoolLookupByName(u).storageVolLookupByName("nosuch"))
                .step("noKey", "c.storageVolLookupByKey('/no/such')", c -> c.storageVolLookupByKey("/no/such"))
                .step("undefineActive", p + ".undefine()", c -> ok(() -> c.storagePoolLookupByName(u).undefine()))
                .step("volDelete", v1 + ".delete(0)", c -> ok(() -> c.storagePoolLookupByName(u).storageVolLookupByName("v1.img").delete(0)))
                .step("destroy", p + ".destroy()", c -> ok(() -> c.storagePoolLookupByName(u).destroy()))
                .step("destroyAgain", p + ".destroy()", c -> ok(() -> c.storagePoolLookupByName(u).destroy()))
                .step("delete", p + ".delete(0)", c -> ok(() -> c.storagePoolLookupByName(u).delete(0)))
                .step("undefine", p + ".undefine()", c -> ok(() -> c.storagePoolLookupByName(u).undefine()))
                .step("transient", "c.storagePoolCreateXML(" + OracleSteps.pyString(poolXml()) + ", 0).isPersistent()",
                        c -> i(c.storagePoolCreateXML(poolXml(), 0).isPersistent()))
                .step("transientGone", p + ".destroy()", c -> ok(() -> c.storagePoolLookupByName(u).destroy()))
                .step("gone", "c.storagePoolLookupByName(" + q + ")", c -> c.storagePoolLookupByName(u));
        String uri = RemoteLibvirtdIT.uri(socket);
        List<String> expected = LibvirtdScratch.python(steps.python("c = libvirt.open(" + OracleSteps.pyString(uri) + ")\n"));
        List<String> actual;
        try (Connect c = Connect.open(uri)) {
            actual = steps.java(c);
        }
        assertThat(actual).as(() -> RemoteLibvirtdIT.differences(expected, actual)).containsExactlyElementsOf(expected);
    }

    @Test
    void snapshotsAsLibvirtsOwnClientSeesThem() throws Exception {
        String q = OracleSteps.pyString(u);
        String d = "c.lookupByName(" + q + ")";
        // each side defines its own domain: creation times and generated uuids differ
        String creation = "<creationTime>[0-9]+</creationTime>|<uuid>[0-9a-f-]+</uuid>";
        OracleSteps<Connect> steps = new OracleSteps<Connect>()
                .step("define", "c.defineXML(" + OracleSteps.pyString(domXml()) + ").name()", c -> c.domainDefineXML(domXml(), 0).getName())
                .step("none", d + ".hasCurrentSnapshot(0)", c -> i(dom(c).hasCurrentSnapshot(0)))
                .step("noCurrent", d + ".snapshotCurrent(0).getName()", c -> dom(c).snapshotCurrent(0).getName())
                .step("a", d + ".snapshotCreateXML('<domainsnapshot><name>a</name></domainsnapshot>', 0).getName()",
                        c -> dom(c).snapshotCreateXML("<domainsnapshot><name>a</name></domainsnapshot>", 0).getName())
                .step("b", d + ".snapshotCreateXML('<domainsnapshot><name>b</name><description>x</description></domainsnapshot>', 0).getName()",
                        c -> dom(c).snapshotCreateXML("<domainsnapshot><name>b</name><description>x</description></domainsnapshot>", 0).getName())
                .step("badXml", d + ".snapshotCreateXML('<domainsnapshot', 0)", c -> dom(c).snapshotCreateXML("<domainsnapshot", 0))
                .step("num", d + ".snapshotNum(0)", c -> dom(c).snapshotNum(0))
                .step("names", "sorted(" + d + ".snapshotListNames(0))", c -> RemoteLibvirtdIT.sorted(dom(c).snapshotListNames(0)))
                .step("all", "sorted([s.getName() for s in " + d + ".listAllSnapshots(0)])",
                        c -> RemoteLibvirtdIT.sorted(dom(c).listAllSnapshots(0).stream().map(DomainSnapshot::getName).toList()))
                .step("current", d + ".snapshotCurrent(0).getName()", c -> dom(c).snapshotCurrent(0).getName())
                .step("hasCurrent", d + ".hasCurrentSnapshot(0)", c -> i(dom(c).hasCurrentSnapshot(0)))
                .step("xml", "re.sub('" + creation + "', '', " + d + ".snapshotLookupByName('b', 0).getXMLDesc(0))",
                        c -> snap(c, "b").getXMLDesc(0).replaceAll(creation, ""))
                .step("parent", d + ".snapshotLookupByName('b', 0).getParent(0).getName()", c -> snap(c, "b").getParent(0).getName())
                .step("noParent", d + ".snapshotLookupByName('a', 0).getParent(0).getName()", c -> snap(c, "a").getParent(0).getName())
                .step("children", d + ".snapshotLookupByName('a', 0).numChildren(0)", c -> snap(c, "a").numChildren(0))
                .step("childNames", d + ".snapshotLookupByName('a', 0).listChildrenNames(0)", c -> snap(c, "a").listChildrenNames(0))
                .step("allChildren", "[s.getName() for s in " + d + ".snapshotLookupByName('a', 0).listAllChildren(0)]",
                        c -> snap(c, "a").listAllChildren(0).stream().map(DomainSnapshot::getName).toList())
                .step("isCurrent", d + ".snapshotLookupByName('a', 0).isCurrent(0)", c -> i(snap(c, "a").isCurrent(0)))
                .step("metadata", d + ".snapshotLookupByName('a', 0).hasMetadata(0)", c -> i(snap(c, "a").hasMetadata(0)))
                .step("noSuch", d + ".snapshotLookupByName('nosuch', 0)", c -> snap(c, "nosuch"))
                .step("revert", d + ".revertToSnapshot(" + d + ".snapshotLookupByName('a', 0), 0)",
                        c -> ok(() -> dom(c).revertToSnapshot(snap(c, "a"), 0)))
                .step("afterRevert", d + ".snapshotCurrent(0).getName()", c -> dom(c).snapshotCurrent(0).getName())
                .step("badDelete", d + ".snapshotLookupByName('a', 0).delete(3)", c -> ok(() -> snap(c, "a").delete(3)))
                .step("deleteChildren", d + ".snapshotLookupByName('a', 0).delete(2)", c -> ok(() -> snap(c, "a").delete(2)))
                .step("left", d + ".snapshotListNames(0)", c -> dom(c).snapshotListNames(0))
                .step("undefineRefused", d + ".undefine()", c -> ok(() -> dom(c).undefine(0)))
                .step("undefine", d + ".undefineFlags(2)", c -> ok(() -> dom(c).undefine(2)))
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

    private DomainSnapshot snap(Connect c, String name) {
        return dom(c).snapshotLookupByName(name, 0);
    }
}
