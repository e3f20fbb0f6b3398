package org.jvirt.conf.domain;

import java.util.List;
import java.util.Map;
import org.jvirt.conf.xml.XmlWriter;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Element;

/**
 * The device families kept as {@link OtherDeviceDef} trees: their shapes (libvirt's attribute and child
 * order), the few defaults libvirt fills in, and where each family sits among the typed families when
 * {@code <devices>} is written.
 */
final class ExtraDevicesXml {

    private static final Shape SOURCE_CHR = Shape.of("mode", "host", "service", "path", "channel");

    private static final Map<String, Shape> SHAPES = Map.ofEntries(
            Map.entry("lease", Shape.of().textChildren("lockspace", "key").child("target",
                    Shape.of("path", "offset"))),
            Map.entry("filesystem", Shape.of("type", "accessmode", "model", "multidevs", "fmode", "dmode")
                    .child("driver", Shape.of("type", "format", "queue", "wrpolicy", "iommu", "ats", "packed"))
                    .child("binary", Shape.of("path", "xattr").child("cache", Shape.of("mode"))
                            .child("sandbox", Shape.of("mode")).child("lock", Shape.of("posix", "flock")))
                    .child("source", Shape.of("dir", "file", "dev", "name", "pool", "volume", "usage", "units",
                            "socket"))
                    .child("target", Shape.of("dir")).child("readonly", Shape.of())
                    .child("space_hard_limit", Shape.text("unit")).child("space_soft_limit", Shape.text("unit"))
                    .deviceInfo()),
            Map.entry("smartcard", Shape.of("mode", "type").textChildren("certificate", "database")
                    .child("source", SOURCE_CHR).child("protocol", Shape.of("type")).deviceInfo()),
            Map.entry("tpm", Shape.of("model").child("backend", Shape.of("type", "version", "persistent_state")
                    .child("device", Shape.of("path")).child("encryption", Shape.of("secret"))
                    .child("active_pcr_banks", Shape.of().child("sha1", Shape.of()).child("sha256", Shape.of())
                            .child("sha384", Shape.of()).child("sha512", Shape.of()))).deviceInfo()),
            Map.entry("audio", Shape.of("id", "type", "timerPeriod", "serverName", "runtimeDir", "path")
                    .child("input", Shape.of("mixingEngine", "fixedSettings", "voices", "bufferLength", "dev"))
                    .child("output", Shape.of("mixingEngine", "fixedSettings", "voices", "bufferLength", "dev"))),
            Map.entry("hostdev", Shape.of("mode", "type", "managed", "model", "display", "ramfb")
                    .child("driver", Shape.of("name"))
                    .child("source", Shape.of("startupPolicy", "protocol", "name", "wwpn", "writeFiltering")
                            .child("vendor", Shape.of("id")).child("product", Shape.of("id"))
                            .child("adapter", Shape.of("name")).child("address", Shape.ADDRESS)
                            .textChildren("block", "char", "interface"))
                    .child("readonly", Shape.of()).child("shareable", Shape.of())
                    .child("boot", Shape.of("order")).child("alias", Shape.of("name"))
                    .child("rom", Shape.of("bar", "file", "enabled")).address()),
            Map.entry("redirdev", Shape.of("bus", "type").child("source", SOURCE_CHR)
                    .child("protocol", Shape.of("type")).deviceInfo()),
            Map.entry("redirfilter", Shape.of().child("usbdev", Shape.of("class", "vendor", "product", "version",
                    "allow"))),
            Map.entry("hub", Shape.of("type").deviceInfo()),
            Map.entry("rng", Shape.of("model").child("driver", Shape.of("iommu", "ats", "packed"))
                    .child("rate", Shape.of("bytes", "period"))
                    .child("backend", Shape.text("model", "type").child("source", SOURCE_CHR)
                            .child("protocol", Shape.of("type")))
                    .deviceInfo()),
            Map.entry("panic", Shape.of("model").deviceInfo()),
            Map.entry("shmem", Shape.of("name", "role").child("model", Shape.of("type"))
                    .child("size", Shape.text("unit")).child("server", Shape.of("path"))
                    .child("msi", Shape.of("vectors", "ioeventfd")).deviceInfo()),
            Map.entry("iommu", Shape.of("model").child("driver", Shape.of("intremap", "caching_mode", "eim",
                    "iotlb", "aw_bits")).deviceInfo()),
            Map.entry("vsock", Shape.of("model").child("cid", Shape.of("auto", "address")).deviceInfo()),
            Map.entry("nvram", Shape.of().deviceInfo()),
            Map.entry("crypto", Shape.of("model", "type").child("backend", Shape.of("model", "queues"))
                    .deviceInfo()));

    /** Families written right after controllers, after interfaces, after inputs, after video, after memballoon. */
    static final List<String> AFTER_CONTROLLERS = List.of("lease", "filesystem");
    static final List<String> AFTER_INTERFACES = List.of("smartcard");
    static final List<String> AFTER_INPUTS = List.of("tpm");
    static final List<String> AFTER_SOUNDS = List.of("audio");
    static final List<String> AFTER_VIDEOS = List.of("hostdev", "redirdev", "redirfilter", "hub");
    static final List<String> AFTER_MEMBALLOONS = List.of("rng", "nvram", "panic", "shmem", "memory", "iommu",
            "vsock", "crypto");

    private ExtraDevicesXml() {
    }

    static boolean handles(String element) {
        return SHAPES.containsKey(element) || element.equals("memory");
    }

    static OtherDeviceDef parse(Element e) {
        String name = Dom.localName(e);
        if (name.equals("memory")) {
            return MemoryDeviceXml.parse(e);
        }
        validate(e, name);
        XmlNode n = SHAPES.get(name).read(e);
        List<String> order = SHAPES.get(name).attrs;
        switch (name) {
            case "filesystem" -> {
                n = n.withAttr("type", n.attr("type") == null ? "mount" : n.attr("type"), order);
                n = n.withAttr("accessmode", n.attr("accessmode") == null ? "passthrough" : n.attr("accessmode"),
                        order);
            }
            case "hostdev" -> {
                if (n.attr("mode") == null) {
                    n = n.withAttr("mode", "subsystem", order);
                }
                if ("subsystem".equals(n.attr("mode")) && n.attr("managed") == null
                        && List.of("pci", "usb").contains(n.attr("type"))) {
                    n = n.withAttr("managed", "no", order);
                }
            }
            case "shmem" -> n = shmemSize(n);
            default -> {
            }
        }
        return new OtherDeviceDef(n);
    }

    /** The libvirt errors for the families' mandatory attributes and enums. */
    private static void validate(Element e, String name) {
        switch (name) {
            case "rng" -> {
                String model = Dom.attr(e, "model");
                if (model == null) {
                    throw Err.xml("missing RNG device model");
                }
                Err.oneOf(model, "model", "rng", "virtio", "virtio-transitional", "virtio-non-transitional");
                if (Dom.children(e, "backend").size() != 1) {
                    throw Err.xml("only one RNG backend is supported");
                }
                Element b = Dom.child(e, "backend");
                String bm = Dom.attr(b, "model");
                if (bm == null) {
                    throw Err.xml("missing RNG device backend model");
                }
                Err.oneOf(bm, "model", "backend", "random", "egd", "builtin");
            }
            case "tpm" -> {
                Err.oneOf(Dom.attr(e, "model"), "model", "tpm", "tpm-tis", "tpm-crb", "tpm-spapr",
                        "spapr-tpm-proxy");
                Element b = Dom.child(e, "backend");
                if (b == null) {
                    throw Err.xml("missing TPM device backend");
                }
                String bt = Dom.attr(b, "type");
                if (bt == null) {
                    throw Err.xml("missing TPM device backend type");
                }
                Err.oneOf(bt, "type", "backend", "passthrough", "emulator", "external");
            }
            case "panic" -> {
                String model = Dom.attr(e, "model");
                if (model != null && !List.of("default", "isa", "pseries", "hyperv", "s390").contains(model)) {
                    throw Err.unsupported("unknown panic model '%s'", model);
                }
            }
            case "hostdev" -> {
                String mode = Dom.attr(e, "mode");
                if (mode != null && !mode.equals("subsystem") && !mode.equals("capabilities")) {
                    throw Err.unsupported("unknown hostdev mode '%s'", mode);
                }
                String type = Dom.attr(e, "type");
                if (type == null) {
                    throw Err.xml("missing source address type");
                }
                if ((mode == null || mode.equals("subsystem"))
                        && !List.of("usb", "pci", "scsi", "scsi_host", "mdev").contains(type)) {
                    throw Err.unsupported("unknown host device source address type '%s'", type);
                }
            }
            case "filesystem" -> {
                String type = Dom.attr(e, "type");
                if (type != null) {
                    Err.oneOf(type, "type", "filesystem", "mount", "block", "file", "template", "ram", "bind",
                            "volume");
                }
                if (Dom.child(e, "target") == null || Dom.childAttr(e, "target", "dir") == null) {
                    String src = Dom.childAttr(e, "source", "dir");
                    throw VirtException.of(ErrorCode.NO_TARGET, ErrorDomain.DOMAIN, src == null ? "(null)" : src);
                }
            }
            default -> {
            }
        }
    }

    /** libvirt stores the shmem size in bytes and always writes it in MiB ({@code unit='M'}). */
    private static XmlNode shmemSize(XmlNode n) {
        XmlNode size = n.child("size");
        if (size == null || size.text() == null) {
            return n;
        }
        long v = Units.parseULong(size.text());
        long bytes = v * Units.scale(size.attr("unit"), 1);
        List<XmlNode> kids = new java.util.ArrayList<>(n.children());
        kids.set(kids.indexOf(size), new XmlNode("size", List.of("unit", "M"), Long.toString(bytes >> 20),
                List.of()));
        return n.withChildren(kids);
    }

    /** Writes the devices of the given families, family by family, each in its document order. */
    static void format(XmlWriter w, List<OtherDeviceDef> others, List<String> families, DomainFormatOptions opts) {
        if (others.isEmpty()) {
            return;
        }
        for (String f : families) {
            for (OtherDeviceDef d : others) {
                if (d.node().name().equals(f)) {
                    format(w, d, opts);
                }
            }
        }
    }

    /** One device; runtime-only state (a virtio-mem's plugged size) only in live XML of a running domain. */
    static void format(XmlWriter w, OtherDeviceDef d, DomainFormatOptions opts) {
        XmlNode n = d.node();
        if (n.name().equals("memory") && (opts.inactive() || opts.id() < 0)) {
            n = MemoryDeviceXml.inactive(n);
        }
        if (n.name().equals("redirdev") && n.children().isEmpty()) {
            // libvirt opens redirdev with '>' unconditionally: an empty one spans two lines.
            w.open("redirdev");
            for (int i = 0; i < n.attrs().size(); i += 2) {
                w.attr(n.attrs().get(i), n.attrs().get(i + 1));
            }
            w.body().end("redirdev");
            return;
        }
        n.format(w);
    }
}
