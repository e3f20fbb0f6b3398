package org.jvirt.conf.domain;

import java.util.Set;
import java.util.UUID;
import org.jvirt.Uuids;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.conf.xml.XmlElements;
import org.jvirt.error.VirtException;
import org.w3c.dom.Element;

/**
 * Reads the top level of {@code <domain>} and delegates each element family. Checks run in libvirt's order
 * (name, uuid, virt type, os type, then the rest) so that a document with several faults reports the same
 * first error.
 */
final class DomainParser {

    /** libvirt's virDomainVirtType names. */
    static final Set<String> VIRT_TYPES = Set.of("none", "qemu", "kqemu", "kvm", "xen", "lxc", "uml", "openvz",
            "test", "vmware", "hyperv", "vbox", "phyp", "parallels", "bhyve", "vz");

    private DomainParser() {
    }

    static DomainDef parse(Element root, DomainParseOptions opts) {
        return parse(root, opts, null);
    }

    /** As {@link #parse(Element, DomainParseOptions)}; the source text lets metadata keep attribute order. */
    static DomainDef parse(Element root, DomainParseOptions opts, String source) {
        return XmlElements.indexed(root, () -> parseIndexed(root, opts, source));
    }

    private static DomainDef parseIndexed(Element root, DomainParseOptions opts, String source) {
        DomainDef.Builder b = new DomainDef.Builder();

        String name = Dom.childTextTrimmed(root, "name");
        if (name == null) {
            throw VirtException.of(ErrorCode.NO_NAME, ErrorDomain.DOMAIN, (String) null);
        }
        b.name(name);
        String uuidText = Dom.childText(root, "uuid");
        if (uuidText != null) {
            UUID u = Uuids.tryParse(uuidText);
            if (u == null) {
                throw Err.internal("malformed uuid element");
            }
            b.uuid(u);
        }

        String type = Dom.attr(root, "type");
        if (type == null) {
            throw Err.internal("missing domain type attribute");
        }
        if (!VIRT_TYPES.contains(type)) {
            throw Err.unsupported("invalid domain type %s", type);
        }
        if (!opts.virtTypes().isEmpty() && !opts.virtTypes().contains(type)) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.CAPABILITIES,
                    "could not find capabilities for domaintype=" + type + " ");
        }
        b.type(type);
        OsDef os = OsXml.parse(root);
        b.os(os);

        String title = Dom.childText(root, "title");
        if (title != null && title.indexOf('\n') >= 0) {
            throw Err.xml("Domain title can't contain newlines");
        }
        b.title(emptyToNull(title));
        b.description(emptyToNull(Dom.childText(root, "description")));
        b.metadata(MetadataXml.parse(root, source));

        b.maxMemoryKiB(MemoryXml.parseKiB(root, "maxMemory"));
        b.maxMemorySlots(MemoryXml.parseSlots(root));
        b.memoryKiB(MemoryXml.parseKiB(root, "memory"));
        b.currentMemoryKiB(MemoryXml.parseKiB(root, "currentMemory"));
        b.vcpu(MemoryXml.parseVcpu(root));
        b.numatune(MemoryXml.parseNumatune(root));

        b.bootloader(Dom.childTextTrimmed(root, "bootloader"));
        b.bootloaderArgs(Dom.childText(root, "bootloader_args"));
        b.onPoweroff(lifecycle(root, "on_poweroff", LifecycleAction.DESTROY));
        b.onReboot(lifecycle(root, "on_reboot", LifecycleAction.RESTART));
        b.onCrash(lifecycle(root, "on_crash", LifecycleAction.DESTROY));

        b.features(FeaturesXml.parse(root));
        b.clock(ClockXml.parse(root));
        b.cpu(CpuXml.parse(root));
        b.devices(DevicesXml.parse(root, os.type(), opts.inactive()));
        b.extras(TuningXml.parse(root, opts.inactive()));
        return b.build();
    }

    private static LifecycleAction lifecycle(Element root, String name, LifecycleAction dflt) {
        String v = Dom.childTextTrimmed(root, name);
        if (v == null) {
            return dflt;
        }
        LifecycleAction a = LifecycleAction.of(v);
        if (a == null) {
            throw Err.unsupported("unknown %s action: %s", name, v);
        }
        return a;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
