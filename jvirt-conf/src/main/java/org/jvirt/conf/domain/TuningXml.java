package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jvirt.conf.xml.XmlWriter;
import org.w3c.dom.Element;

/**
 * The top-level elements of {@link DomainExtrasDef}: blkiotune, memtune, memoryBacking, iothreads, cputune,
 * resource, sysinfo, idmap, pm, perf, seclabel, keywrap, genid. Read through {@link Shape}s, then the few
 * normalisations libvirt applies (memtune sizes in KiB, pins sorted by id, cpusets canonical).
 */
final class TuningXml {

    private static final Shape BLKIOTUNE = Shape.of().textChildren("weight").child("device", Shape.of()
            .textChildren("path", "weight", "read_iops_sec", "write_iops_sec", "read_bytes_sec", "write_bytes_sec"));
    private static final List<String> MEMTUNE = List.of("hard_limit", "soft_limit", "min_guarantee",
            "swap_hard_limit");
    private static final Shape MEMORY_BACKING = Shape.of()
            .child("hugepages", Shape.of().child("page", Shape.of("size", "unit", "nodeset")))
            .child("nosharepages", Shape.of()).child("locked", Shape.of()).child("source", Shape.of("type"))
            .child("access", Shape.of("mode")).child("allocation", Shape.of("mode", "threads"))
            .child("discard", Shape.of());
    private static final Shape IOTHREADIDS = Shape.of().child("iothread", Shape.of("id", "thread_pool_min",
            "thread_pool_max"));
    private static final Shape CPUTUNE = Shape.of()
            .textChildren("shares", "global_period", "global_quota", "period", "quota", "emulator_period",
                    "emulator_quota", "iothread_period", "iothread_quota")
            .child("vcpupin", Shape.of("vcpu", "cpuset")).child("emulatorpin", Shape.of("cpuset"))
            .child("iothreadpin", Shape.of("iothread", "cpuset"))
            .child("emulatorsched", Shape.of("scheduler", "priority"))
            .child("vcpusched", Shape.of("vcpus", "scheduler", "priority"))
            .child("iothreadsched", Shape.of("iothreads", "scheduler", "priority"));
    private static final Shape RESOURCE = Shape.of().textChildren("partition")
            .child("fibrechannel", Shape.of("appid"));
    private static final Shape SYSINFO_ENTRIES = Shape.of().child("entry", Shape.text("name", "file"));
    private static final Shape SYSINFO = Shape.of("type").child("bios", SYSINFO_ENTRIES)
            .child("system", SYSINFO_ENTRIES).child("baseBoard", SYSINFO_ENTRIES)
            .child("chassis", SYSINFO_ENTRIES).child("processor", SYSINFO_ENTRIES)
            .child("memory_device", SYSINFO_ENTRIES).child("oemStrings", SYSINFO_ENTRIES)
            .child("entry", Shape.text("name", "file"));
    private static final Shape IDMAP = Shape.of().child("uid", Shape.of("start", "target", "count"))
            .child("gid", Shape.of("start", "target", "count"));
    private static final Shape PM = Shape.of().child("suspend-to-mem", Shape.of("enabled"))
            .child("suspend-to-disk", Shape.of("enabled"));
    private static final Shape PERF = Shape.of().child("event", Shape.of("name", "enabled"));
    private static final Shape KEYWRAP = Shape.of().child("cipher", Shape.of("name", "state"));

    private TuningXml() {
    }

    static DomainExtrasDef parse(Element root, boolean inactive) {
        XmlNode cputune = CPUTUNE.readChild(root, "cputune");
        if (cputune != null) {
            cputune = cputune(cputune);
        }
        List<XmlNode> sysinfos = new ArrayList<>();
        for (Element s : Dom.children(root, "sysinfo")) {
            String type = Dom.attr(s, "type");
            if (type == null) {
                throw Err.xml("sysinfo must contain a type attribute");
            }
            Err.oneOf(type, "type", "sysinfo", "smbios", "fwcfg");
            sysinfos.add(SYSINFO.read(s));
        }
        String genid = Dom.childTextTrimmed(root, "genid");
        if (genid != null && org.jvirt.Uuids.tryParse(genid) == null) {
            throw Err.internal("malformed genid element");
        }
        int iothreads = 0;
        String it = Dom.childTextTrimmed(root, "iothreads");
        if (it != null) {
            Integer n = Units.parseIntStrict(it);
            if (n == null || n < 0) {
                throw Err.xml("invalid iothreads count '%s'", it);
            }
            iothreads = n;
        }
        List<XmlNode> seclabels = new ArrayList<>();
        for (Element s : Dom.children(root, "seclabel")) {
            seclabels.add(SeclabelXml.parse(s, inactive));
        }
        return new DomainExtrasDef(genid, BLKIOTUNE.readChild(root, "blkiotune"), memtune(Dom.child(root,
                "memtune")), MEMORY_BACKING.readChild(root, "memoryBacking"), iothreads,
                IOTHREADIDS.readChild(root, "iothreadids"), cputune, RESOURCE.readChild(root, "resource"),
                sysinfos, IDMAP.readChild(root, "idmap"), PM.readChild(root, "pm"), PERF.readChild(root, "perf"),
                seclabels, KEYWRAP.readChild(root, "keywrap"));
    }

    /** memtune limits are stored in KiB and written with unit='KiB' in libvirt's fixed order. */
    private static XmlNode memtune(Element e) {
        if (e == null) {
            return null;
        }
        List<XmlNode> kids = new ArrayList<>();
        for (String n : MEMTUNE) {
            long kib = MemoryXml.parseKiB(e, n);
            if (Dom.child(e, n) != null) {
                kids.add(new XmlNode(n, List.of("unit", "KiB"), Long.toString(kib), List.of()));
            }
        }
        return new XmlNode("memtune", List.of(), null, kids);
    }

    /** vcpupin/iothreadpin sorted by id, cpusets in canonical form. */
    static XmlNode cputune(XmlNode n) {
        List<XmlNode> kids = new ArrayList<>();
        List<XmlNode> vcpupins = new ArrayList<>();
        List<XmlNode> iothreadpins = new ArrayList<>();
        for (XmlNode c : n.children()) {
            XmlNode x = c.attr("cpuset") != null
                    ? c.withAttr("cpuset", CpuSet.normalize(c.attr("cpuset")), List.of()) : c;
            switch (c.name()) {
                case "vcpupin" -> vcpupins.add(x);
                case "iothreadpin" -> iothreadpins.add(x);
                default -> kids.add(x);
            }
        }
        vcpupins.sort(Comparator.comparingLong(x -> Units.parseULong(x.attr("vcpu"))));
        iothreadpins.sort(Comparator.comparingLong(x -> Units.parseULong(x.attr("iothread"))));
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode k : kids) {
            if (k.text() != null) {
                out.add(k);
            }
        }
        out.addAll(vcpupins);
        for (XmlNode k : kids) {
            if (k.name().equals("emulatorpin")) {
                out.add(k);
            }
        }
        out.addAll(iothreadpins);
        for (XmlNode k : kids) {
            if (k.text() == null && !k.name().equals("emulatorpin")) {
                out.add(k);
            }
        }
        return n.withChildren(out);
    }

    /** Between currentMemory and vcpu. */
    static void formatMemoryTuning(XmlWriter w, DomainExtrasDef x) {
        node(w, x.blkiotune());
        node(w, x.memtune());
        node(w, x.memoryBacking());
    }

    /** Between vcpu and numatune. */
    static void formatCpuTuning(XmlWriter w, DomainExtrasDef x) {
        if (x.iothreads() > 0) {
            w.element("iothreads", x.iothreads());
        }
        node(w, x.iothreadids());
        node(w, x.cputune());
    }

    /** Between numatune and the bootloader / os. */
    static void formatResource(XmlWriter w, DomainExtrasDef x) {
        node(w, x.resource());
        for (XmlNode s : x.sysinfos()) {
            s.format(w);
        }
    }

    static void node(XmlWriter w, XmlNode n) {
        if (n != null) {
            n.format(w);
        }
    }
}
