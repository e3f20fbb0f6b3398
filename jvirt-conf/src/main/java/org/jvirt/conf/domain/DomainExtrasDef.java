package org.jvirt.conf.domain;

import java.util.List;

/**
 * The top-level elements kept as canonical trees ({@link XmlNode}, already in libvirt's order with its
 * defaults): resource tuning, sysinfo, security labels and the smaller switches. Absent elements are null
 * (lists: empty).
 *
 * @param genid the {@code <genid>} text or null
 * @param iothreads the {@code <iothreads>} count, 0 when absent
 * @param sysinfos the {@code <sysinfo>} elements (smbios, fwcfg)
 * @param seclabels the domain-level {@code <seclabel>} elements
 */
public record DomainExtrasDef(String genid, XmlNode blkiotune, XmlNode memtune, XmlNode memoryBacking,
        int iothreads, XmlNode iothreadids, XmlNode cputune, XmlNode resource, List<XmlNode> sysinfos,
        XmlNode idmap, XmlNode pm, XmlNode perf, List<XmlNode> seclabels, XmlNode keywrap) {

    public static final DomainExtrasDef NONE = new DomainExtrasDef(null, null, null, null, 0, null, null, null,
            List.of(), null, null, null, List.of(), null);

    public DomainExtrasDef {
        sysinfos = sysinfos == null ? List.of() : List.copyOf(sysinfos);
        seclabels = seclabels == null ? List.of() : List.copyOf(seclabels);
    }

    public DomainExtrasDef withBlkiotune(XmlNode n) {
        return new DomainExtrasDef(genid, n, memtune, memoryBacking, iothreads, iothreadids, cputune, resource,
                sysinfos, idmap, pm, perf, seclabels, keywrap);
    }

    public DomainExtrasDef withMemtune(XmlNode n) {
        return new DomainExtrasDef(genid, blkiotune, n, memoryBacking, iothreads, iothreadids, cputune, resource,
                sysinfos, idmap, pm, perf, seclabels, keywrap);
    }

    public DomainExtrasDef withCputune(XmlNode n) {
        return new DomainExtrasDef(genid, blkiotune, memtune, memoryBacking, iothreads, iothreadids, n, resource,
                sysinfos, idmap, pm, perf, seclabels, keywrap);
    }

    public DomainExtrasDef withPerf(XmlNode n) {
        return new DomainExtrasDef(genid, blkiotune, memtune, memoryBacking, iothreads, iothreadids, cputune,
                resource, sysinfos, idmap, pm, n, seclabels, keywrap);
    }

    public DomainExtrasDef withIOThreads(int count, XmlNode ids) {
        return new DomainExtrasDef(genid, blkiotune, memtune, memoryBacking, count, ids, cputune, resource,
                sysinfos, idmap, pm, perf, seclabels, keywrap);
    }
}
