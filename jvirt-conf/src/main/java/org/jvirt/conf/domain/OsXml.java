package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jvirt.conf.xml.XmlWriter;
import org.w3c.dom.Element;

/** {@code <os>} plus the top-level {@code <bootloader>}/{@code <bootloader_args>} (Xen paravirt). */
final class OsXml {

    static final Set<String> OS_TYPES = Set.of("hvm", "xen", "linux", "exe", "uml", "xenpvh");

    private static final Set<String> BOOT_DEVS = Set.of("fd", "cdrom", "hd", "network");

    private OsXml() {
    }

    static OsDef parse(Element root) {
        Element os = Dom.child(root, "os");
        Element typeEl = os == null ? null : Dom.child(os, "type");
        String type = typeEl == null ? null : typeEl.getTextContent().strip();
        if (type == null || type.isEmpty()) {
            throw Err.xml("an os <type> must be specified");
        }
        if (!OS_TYPES.contains(type)) {
            throw Err.unsupported("unknown OS type '%s'", type);
        }
        String arch = Dom.attr(typeEl, "arch");
        if (arch != null && !org.jvirt.conf.caps.VirArch.known(arch)) {
            throw Err.unsupported("Unknown architecture %s", arch);
        }
        String machine = Dom.attr(typeEl, "machine");
        String firmware = Dom.attr(os, "firmware");
        if (firmware != null) {
            Err.oneOf(firmware, "firmware", "os", "bios", "efi");
        }

        OsDef.Loader loader = null;
        Element l = Dom.child(os, "loader");
        if (l != null) {
            String path = l.getTextContent().strip();
            loader = new OsDef.Loader(path.isEmpty() ? null : path,
                    Err.oneOf(Dom.attr(l, "readonly"), "readonly", "loader", "yes", "no"),
                    Err.oneOf(Dom.attr(l, "secure"), "secure", "loader", "yes", "no"),
                    Err.oneOf(Dom.attr(l, "type"), "type", "loader", "rom", "pflash"));
        }
        String nvram = Dom.childTextTrimmed(os, "nvram");

        List<String> initArgs = new ArrayList<>();
        for (Element a : Dom.children(os, "initarg")) {
            initArgs.add(a.getTextContent());
        }
        String init = Dom.childTextTrimmed(os, "init");
        if (type.equals("exe") && init == null) {
            throw Err.xml("init binary must be specified");
        }

        List<String> boots = new ArrayList<>();
        String bootMenu = null;
        String bootMenuTimeout = null;
        String useSerial = null;
        String rebootTimeout = null;
        String smbios = null;
        if (type.equals("hvm")) {
            for (Element b : Dom.children(os, "boot")) {
                if (boots.size() >= 4) {
                    break;
                }
                String dev = Dom.attr(b, "dev");
                if (dev == null) {
                    throw Err.internal("missing boot device");
                }
                if (!BOOT_DEVS.contains(dev)) {
                    throw Err.badAttr("dev", "boot", dev);
                }
                boots.add(dev);
            }
            Element menu = Dom.child(os, "bootmenu");
            if (menu != null) {
                bootMenu = Err.oneOf(Dom.attr(menu, "enable"), "enable", "bootmenu", "yes", "no");
                bootMenuTimeout = Dom.attr(menu, "timeout");
                if (bootMenuTimeout != null) {
                    Integer t = Units.parseIntStrict(bootMenuTimeout);
                    if (t == null || t < 0 || t > 65535) {
                        throw Err.xml("invalid value for boot menu timeout, must be in range [0,65535]");
                    }
                }
            }
            Element bios = Dom.child(os, "bios");
            if (bios != null) {
                useSerial = Err.oneOf(Dom.attr(bios, "useserial"), "useserial", "bios", "yes", "no");
                rebootTimeout = Dom.attr(bios, "rebootTimeout");
                if (rebootTimeout != null) {
                    Integer t = Units.parseIntStrict(rebootTimeout);
                    if (t == null || t < -1 || t > 65535) {
                        throw Err.xml("invalid value for rebootTimeout, must be in range [-1,65535]");
                    }
                }
            }
            Element sm = Dom.child(os, "smbios");
            if (sm != null) {
                smbios = Dom.attr(sm, "mode");
                if (smbios == null) {
                    throw Err.missingAttr("mode", "smbios");
                }
                Err.oneOf(smbios, "mode", "smbios", "emulate", "host", "sysinfo");
            }
        }
        return new OsDef(type, arch, machine, firmware, loader, nvram, Dom.childTextTrimmed(os, "kernel"),
                Dom.childTextTrimmed(os, "initrd"), Dom.childText(os, "cmdline"), Dom.childTextTrimmed(os, "dtb"),
                Dom.childTextTrimmed(os, "root"), init, initArgs, boots, bootMenu, bootMenuTimeout, smbios,
                useSerial, rebootTimeout);
    }

    static void formatBootloader(XmlWriter w, DomainDef def) {
        w.element("bootloader", def.bootloader());
        w.element("bootloader_args", def.bootloaderArgs());
    }

    static void format(XmlWriter w, DomainDef def) {
        OsDef os = def.os();
        w.open("os").attr("firmware", os.firmware());
        w.open("type").attr("arch", os.arch()).attr("machine", os.machine()).text(os.type()).end("type");
        w.element("init", os.init());
        for (String a : os.initArgs()) {
            w.element("initarg", a);
        }
        OsDef.Loader l = os.loader();
        if (l != null) {
            w.open("loader").attr("readonly", l.readonly()).attr("secure", l.secure()).attr("type", l.type());
            if (l.path() != null) {
                w.text(l.path());
            }
            w.end("loader");
        }
        w.element("nvram", os.nvram());
        w.element("kernel", os.kernel());
        w.element("initrd", os.initrd());
        w.element("cmdline", os.cmdline());
        w.element("dtb", os.dtb());
        w.element("root", os.root());
        if (def.bootloader() == null) {
            for (String b : os.bootDevs()) {
                w.open("boot").attr("dev", b).end("boot");
            }
            if (os.bootMenu() != null || os.bootMenuTimeout() != null) {
                w.open("bootmenu").attr("enable", os.bootMenu()).attr("timeout", os.bootMenuTimeout())
                        .end("bootmenu");
            }
            if (os.biosUseSerial() != null || os.biosRebootTimeout() != null) {
                w.open("bios").attr("useserial", os.biosUseSerial()).attr("rebootTimeout", os.biosRebootTimeout())
                        .end("bios");
            }
        }
        if (os.smbiosMode() != null) {
            w.open("smbios").attr("mode", os.smbiosMode()).end("smbios");
        }
        w.end("os");
    }
}
