package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jvirt.conf.xml.VirNumbers;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Element;

/**
 * {@code <memory model=...>} devices as libvirt 9.0 reads, checks and writes them. Each model keeps only its
 * own source and target fields (a DIMM's {@code <path>} or an NVDIMM's {@code <pagesize>} is dropped), sizes
 * are written in KiB, and a virtio-mem device's {@code <current>} is runtime state: never read from XML, written
 * only in live XML.
 */
final class MemoryDeviceXml {

    private static final Shape DEVICE_INFO = Shape.of().deviceInfo();

    private MemoryDeviceXml() {
    }

    static OtherDeviceDef parse(Element e) {
        String model = Dom.attr(e, "model");
        if (model == null) {
            throw Err.missingAttr("model", "memory");
        }
        Err.oneOf(model, "model", "memory", MemoryDeviceDef.MODELS.toArray(String[]::new));
        String access = Err.oneOf(Dom.attr(e, "access"), "access", "memory", "shared", "private");
        String discard = Err.oneOf(Dom.attr(e, "discard"), "discard", "memory", "yes", "no");
        if (model.equals("virtio-pmem") && access == null) {
            access = "shared"; // a virtio-pmem device's memory is always shared with its backing file
        }
        String uuid = null;
        Element u = Dom.child(e, "uuid");
        if (model.equals("nvdimm") && u != null && !u.getTextContent().isEmpty()) {
            UUID parsed = VirNumbers.uuid(u.getTextContent());
            if (parsed == null) {
                throw Err.internal("malformed uuid element");
            }
            uuid = parsed.toString();
        }
        Element src = Dom.child(e, "source");
        String nodemask = null;
        long pagesize = 0;
        String path = null;
        long alignsize = 0;
        boolean pmem = false;
        if (src != null) {
            switch (model) {
                case "dimm", "virtio-mem", "sgx-epc" -> {
                    if (!model.equals("sgx-epc")) {
                        pagesize = optKiB(src, "pagesize", "./pagesize");
                    }
                    String mask = text(src, "nodemask");
                    nodemask = mask == null ? null : CpuSet.normalize(mask);
                }
                case "nvdimm" -> {
                    path = text(src, "path");
                    alignsize = optKiB(src, "alignsize", "./alignsize");
                    pmem = Dom.child(src, "pmem") != null;
                }
                default -> path = text(src, "path");
            }
        }
        Element target = Dom.child(e, "target");
        if (target == null) {
            throw Err.xml("missing <target> element for <memory> device");
        }
        int node = -1;
        String nodeText = text(target, "node");
        if (nodeText != null) {
            Integer n = VirNumbers.i(nodeText, 10);
            if (n == null || n < 0) {
                throw Err.xml("invalid value of memory device node");
            }
            node = n;
        }
        Element size = Dom.child(target, "size");
        if (size == null) {
            throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML, "missing element or attribute './size'");
        }
        long sizeKiB = MemoryXml.kib(size, "./size");
        long label = 0;
        boolean readonly = false;
        long block = 0;
        long requested = 0;
        if (model.equals("nvdimm")) {
            Element l = Dom.child(Dom.child(target, "label"), "size");
            label = l == null ? 0 : MemoryXml.kib(l, "./label/size");
            if (label != 0 && label < 128) {
                throw Err.xml("nvdimm label must be at least 128KiB");
            }
            if (label >= sizeKiB) {
                throw Err.xml("label size must be smaller than NVDIMM size");
            }
            readonly = Dom.child(target, "readonly") != null;
        } else if (model.equals("virtio-mem")) {
            block = optKiB(target, "block", "./block");
            requested = optKiB(target, "requested", "./requested");
        }
        MemoryDeviceDef def = new MemoryDeviceDef(model, access, discard, uuid, nodemask, pagesize, path, alignsize,
                pmem, sizeKiB, node, label, readonly, block, requested, 0);
        return new OtherDeviceDef(toNode(def, DEVICE_INFO.read(e).children()));
    }

    private static long optKiB(Element parent, String name, String where) {
        Element c = Dom.child(parent, name);
        return c == null ? 0 : MemoryXml.kib(c, where);
    }

    /** virXPathString: an absent or empty element reads as nothing. */
    private static String text(Element parent, String name) {
        Element c = Dom.child(parent, name);
        return c == null || c.getTextContent().isEmpty() ? null : c.getTextContent();
    }

    /** The canonical tree: libvirt's attribute and child order; {@code info} holds boot, alias and address. */
    static XmlNode toNode(MemoryDeviceDef d, List<XmlNode> info) {
        List<String> attrs = new ArrayList<>(List.of("model", d.model()));
        if (d.access() != null) {
            attrs.addAll(List.of("access", d.access()));
        }
        if (d.discard() != null) {
            attrs.addAll(List.of("discard", d.discard()));
        }
        List<XmlNode> kids = new ArrayList<>();
        if (d.uuid() != null) {
            kids.add(leaf("uuid", d.uuid()));
        }
        List<XmlNode> src = new ArrayList<>();
        if (d.nodemask() != null) {
            src.add(leaf("nodemask", d.nodemask()));
        }
        if (d.pagesizeKiB() != 0) {
            src.add(kibNode("pagesize", d.pagesizeKiB()));
        }
        if (d.path() != null) {
            src.add(leaf("path", d.path()));
        }
        if (d.alignsizeKiB() != 0) {
            src.add(kibNode("alignsize", d.alignsizeKiB()));
        }
        if (d.pmem()) {
            src.add(new XmlNode("pmem", List.of(), null, List.of()));
        }
        if (!src.isEmpty()) {
            kids.add(new XmlNode("source", List.of(), null, src));
        }
        List<XmlNode> tgt = new ArrayList<>();
        tgt.add(kibNode("size", d.sizeKiB()));
        if (d.node() >= 0) {
            tgt.add(leaf("node", Integer.toString(d.node())));
        }
        if (d.labelKiB() != 0) {
            tgt.add(new XmlNode("label", List.of(), null, List.of(kibNode("size", d.labelKiB()))));
        }
        if (d.readonly()) {
            tgt.add(new XmlNode("readonly", List.of(), null, List.of()));
        }
        if (d.blockKiB() != 0) {
            tgt.add(kibNode("block", d.blockKiB()));
            tgt.add(kibNode("requested", d.requestedKiB()));
            tgt.add(kibNode("current", d.currentKiB())); // dropped again when inactive XML is written
        }
        kids.add(new XmlNode("target", List.of(), null, tgt));
        kids.addAll(info);
        return new XmlNode("memory", attrs, null, kids);
    }

    /** The typed view of a canonical memory tree. */
    static MemoryDeviceDef fromNode(XmlNode n) {
        XmlNode src = n.child("source");
        XmlNode tgt = n.child("target");
        XmlNode label = tgt.child("label");
        return new MemoryDeviceDef(n.attr("model"), n.attr("access"), n.attr("discard"), n.childText("uuid"),
                src == null ? null : src.childText("nodemask"), kibOf(src, "pagesize"),
                src == null ? null : src.childText("path"), kibOf(src, "alignsize"),
                src != null && src.child("pmem") != null, kibOf(tgt, "size"),
                tgt.child("node") == null ? -1 : Integer.parseInt(tgt.childText("node")), kibOf(label, "size"),
                tgt.child("readonly") != null, kibOf(tgt, "block"), kibOf(tgt, "requested"), kibOf(tgt, "current"));
    }

    /** The tree as written for inactive XML: without virtio-mem's runtime {@code <current>}. */
    static XmlNode inactive(XmlNode n) {
        XmlNode tgt = n.child("target");
        if (tgt == null || tgt.child("current") == null) {
            return n;
        }
        List<XmlNode> t = new ArrayList<>(tgt.children());
        t.removeIf(c -> c.name().equals("current"));
        List<XmlNode> kids = new ArrayList<>(n.children());
        kids.set(kids.indexOf(tgt), tgt.withChildren(t));
        return n.withChildren(kids);
    }

    /**
     * The checks libvirt makes once the whole domain is known (virDomainMemoryDefValidate and the NUMA node
     * check), for every memory device in document order.
     */
    static void validate(DomainDef def) {
        int cells = 0;
        if (def.cpu() != null && def.cpu().numa() != null) {
            for (XmlNode c : def.cpu().numa().children()) {
                cells += c.name().equals("cell") ? 1 : 0;
            }
        }
        boolean ppc64 = def.os() != null && def.os().arch() != null && def.os().arch().startsWith("ppc64");
        for (OtherDeviceDef o : def.devices().others()) {
            MemoryDeviceDef m = MemoryDeviceDef.of(o);
            if (m != null) {
                validate(m, cells, ppc64);
            }
        }
    }

    private static void validate(MemoryDeviceDef m, int cells, boolean ppc64) {
        switch (m.model()) {
            case "nvdimm" -> {
                if (m.path() == null) {
                    throw detail("path is required for model 'nvdimm'");
                }
                if ("yes".equals(m.discard())) {
                    throw Err.unsupported("discard is not supported for nvdimms");
                }
                if (ppc64 && m.labelKiB() == 0) {
                    throw Err.unsupported("label size is required for NVDIMM device");
                }
                if (!ppc64 && m.uuid() != null) {
                    throw Err.unsupported("UUID is not supported for NVDIMM device");
                }
            }
            case "virtio-pmem" -> {
                if (m.path() == null) {
                    throw detail("path is required for model 'virtio-pmem'");
                }
                if ("yes".equals(m.discard())) {
                    throw Err.unsupported("discard is not supported for model 'virtio-pmem'");
                }
                if (!"shared".equals(m.access())) {
                    throw Err.unsupported("shared access mode required for virtio-pmem device");
                }
                if (m.node() != -1) {
                    throw Err.unsupported("virtio-pmem does not support NUMA nodes");
                }
            }
            case "virtio-mem" -> {
                if (Long.bitCount(m.blockKiB()) != 1) {
                    throw detail("block size must be a power of two");
                }
                if (m.requestedKiB() > m.sizeKiB()) {
                    throw detail("requested size must be smaller than or equal to @size (" + m.sizeKiB() + "KiB)");
                }
                if (m.requestedKiB() % m.blockKiB() != 0) {
                    throw detail("requested size must be an integer multiple of block size");
                }
            }
            default -> {
            }
        }
        if (m.node() >= 0 && cells == 0) {
            throw detail("can't add memory backend as guest has no NUMA nodes configured");
        }
        if (m.node() >= cells && cells > 0) {
            throw detail("can't add memory backend for guest node '" + m.node() + "' as the guest has only '"
                    + cells + "' NUMA nodes configured");
        }
    }

    /** The memory devices' sizes summed (KiB): what libvirt takes from {@code <memory>} to get the base RAM. */
    static long totalKiB(DevicesDef devices) {
        long sum = 0;
        for (OtherDeviceDef o : devices.others()) {
            MemoryDeviceDef m = MemoryDeviceDef.of(o);
            if (m != null) {
                sum += m.sizeKiB();
            }
        }
        return sum;
    }

    private static VirtException detail(String msg) {
        return VirtException.of(ErrorCode.XML_DETAIL, ErrorDomain.DOMAIN, msg);
    }

    private static XmlNode leaf(String name, String text) {
        return new XmlNode(name, List.of(), text, List.of());
    }

    private static XmlNode kibNode(String name, long kib) {
        return new XmlNode(name, List.of("unit", "KiB"), Long.toUnsignedString(kib), List.of());
    }

    private static long kibOf(XmlNode parent, String name) {
        String t = parent == null ? null : parent.childText(name);
        return t == null ? 0 : Long.parseUnsignedLong(t);
    }
}
