package org.jvirt.conf.caps;

import static org.jvirt.conf.xml.XmlElements.attr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jvirt.conf.xml.XmlDocuments;
import org.jvirt.conf.xml.XmlElements;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Element;

/**
 * Parses one standalone host {@code <cpu>} document the way libvirt's virCPUDefParseXML does for a host-type CPU
 * (virCPUDefListParse's input): arch and model are required, feature policies are ignored, and the checks run in
 * libvirt's order (arch, microcode, signature, counter, model, topology, features, cache, maxphysaddr) so the first
 * problem reported is the same. Errors come from VIR_FROM_CPU, attribute errors from VIR_FROM_XML.
 */
public final class HostCpuXml {

    private HostCpuXml() {
    }

    public static HostCpuDef parse(String xml) {
        Element c = XmlDocuments.parse(xml, "(CPU_definition)", ErrorDomain.CPU).getDocumentElement();
        if (!XmlElements.localName(c).equals("cpu")) {
            throw xmlError("XML does not contain expected 'cpu' element");
        }
        if (attr(c, "mode") != null) {
            throw unsupported("Attribute mode is only allowed for guest CPU");
        }
        String arch = text(child(c, "arch"));
        if (arch == null) {
            throw xmlError("Missing CPU architecture");
        }
        if (!VirArch.known(arch)) {
            throw unsupported("Unknown architecture " + arch);
        }
        String microcode = attr(child(c, "microcode"), "version");
        if (microcode != null && !microcode.isEmpty() && PropNumbers.unsigned(microcode) == null) {
            throw unsupported("invalid microcode version");
        }
        CapsDef.Signature signature = signature(child(c, "signature"));
        CapsDef.Counter counter = counter(c);
        String model = text(child(c, "model"));
        if (model == null) {
            throw xmlError("Missing CPU model name");
        }
        CapsDef.Topology topology = topology(child(c, "topology"));
        List<String> features = features(c);
        cache(children(c, "cache"));
        CapsDef.MaxPhysAddr maxPhysAddr = maxPhysAddr(child(c, "maxphysaddr"));
        return new HostCpuDef(arch, new CapsDef.HostCpu(model, text(child(c, "vendor")), microcode, signature,
                counter, topology, maxPhysAddr, features));
    }

    private static CapsDef.Signature signature(Element s) {
        if (s == null) {
            return null;
        }
        int family = PropNumbers.uint(s, "family", true, true);
        int model = PropNumbers.uint(s, "model", true, false);
        Integer stepping = attr(s, "stepping") == null ? 0 : PropNumbers.uint(s, "stepping", false, false);
        return new CapsDef.Signature(family, model, stepping);
    }

    private static CapsDef.Counter counter(Element c) {
        for (Element e : children(c, "counter")) {
            if ("tsc".equals(attr(e, "name"))) {
                long frequency = PropNumbers.ulong(e, "frequency");
                String scaling = attr(e, "scaling");
                if (scaling != null && !scaling.equals("yes") && !scaling.equals("no")) {
                    throw PropNumbers.badAttr("scaling", "counter", scaling, "");
                }
                return new CapsDef.Counter("tsc", frequency, scaling);
            }
        }
        return null;
    }

    private static CapsDef.Topology topology(Element t) {
        if (t == null) {
            return null;
        }
        int sockets = PropNumbers.uint(t, "sockets", true, true);
        int dies = attr(t, "dies") == null ? 1 : PropNumbers.uint(t, "dies", false, true);
        int cores = PropNumbers.uint(t, "cores", true, true);
        int threads = PropNumbers.uint(t, "threads", true, true);
        return new CapsDef.Topology(sockets, dies, cores, threads);
    }

    /** Feature names in document order; a host CPU's features carry no policy. */
    private static List<String> features(Element c) {
        Set<String> names = new LinkedHashSet<>();
        for (Element f : children(c, "feature")) {
            String name = attr(f, "name");
            if (name == null) {
                throw xmlError("Invalid CPU feature name");
            }
            if (!names.add(name)) {
                throw xmlError("CPU feature '" + name + "' specified more than once");
            }
        }
        return new ArrayList<>(names);
    }

    private static void cache(List<Element> caches) {
        if (caches.isEmpty()) {
            return;
        }
        if (caches.size() > 1) {
            throw xmlError("at most one CPU cache element may be specified");
        }
        Element e = caches.getFirst();
        String level = attr(e, "level");
        Long value = level == null ? null : PropNumbers.signed(level);
        if (level != null && value == null) {
            throw PropNumbers.badAttr("level", "cache", level, " Expected integer value");
        }
        PropNumbers.oneOf(e, "mode", "cache", "emulate", "passthrough", "disable");
        if (value != null && (value < 1 || value > 3)) {
            throw xmlError("invalid CPU cache level, must be in range [1,3]");
        }
    }

    private static CapsDef.MaxPhysAddr maxPhysAddr(Element e) {
        if (e == null) {
            return null;
        }
        String mode = PropNumbers.oneOf(e, "mode", "maxphysaddr", "emulate", "passthrough");
        String bits = attr(e, "bits");
        Long value = bits == null ? null : PropNumbers.signed(bits);
        if (bits != null && value == null) {
            throw PropNumbers.badAttr("bits", "maxphysaddr", bits, " Expected integer value");
        }
        return new CapsDef.MaxPhysAddr(mode, value == null ? -1 : value.intValue());
    }

    /** libvirt's XPath steps ("./arch") match only elements in no namespace. */
    private static List<Element> children(Element parent, String name) {
        return XmlElements.children(parent, name).stream().filter(e -> e.getNamespaceURI() == null).toList();
    }

    private static Element child(Element parent, String name) {
        return parent == null ? null : children(parent, name).stream().findFirst().orElse(null);
    }

    /** virXPathString: the string value of the element, null when absent or empty. */
    private static String text(Element e) {
        String s = e == null ? null : e.getTextContent();
        return s == null || s.isEmpty() ? null : s;
    }

    private static VirtException xmlError(String message) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.CPU, message);
    }

    private static VirtException unsupported(String message) {
        return VirtException.of(ErrorCode.CONFIG_UNSUPPORTED, ErrorDomain.CPU, message);
    }
}
