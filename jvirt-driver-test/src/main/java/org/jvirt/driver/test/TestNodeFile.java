package org.jvirt.driver.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jvirt.DomainState;
import org.jvirt.NodeInfo;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainParseOptions;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.conf.xml.XmlDocuments;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Loads libvirt's test-driver node file: {@code <node>} with {@code <cpu>}/{@code <memory>} overriding the
 * default node info, inline or {@code file=} {@code <domain>} and {@code <network>} elements, and the test
 * namespace ({@code test:runstate}, {@code test:transient}, {@code test:hasmanagedsave}). One streamed pass over
 * the document (NodeFileReader: domain subtrees are parsed in batches as they are read, then dropped), each
 * domain parsed from its element (no re-serialisation) and added in O(1): 10,000 domains load in well under a
 * second once warm, with the whole DOM never alive at once.
 */
final class TestNodeFile {

    static final String TEST_NS = "http://libvirt.org/schemas/domain/test/1.0";

    private TestNodeFile() {
    }

    /** test:///PATH: a private driver state from the file. */
    static TestDriver loadFile(String path) {
        Path p = Path.of(path);
        java.io.Reader in;
        try {
            // UTF-8 with malformed input reported, as Files.readString decodes
            in = Files.newBufferedReader(p);
        } catch (IOException | RuntimeException e) {
            throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.TEST, "failed to parse xml document '%s'", path);
        }
        // Parsed straight from the file: the whole text held as one String would live through the load, be
        // promoted with it and stay in the daemon's old generation as garbage (~the file's size). The text is
        // read only when the stream does not parse, for the error's line and context.
        try (in) {
            return load(in, () -> readOrFail(p, path), p, path, new TestDriver.Cell[0]);
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.TEST, "failed to parse xml document '%s'", path);
        }
    }

    private static String readOrFail(Path p, String shown) {
        try {
            return Files.readString(p);
        } catch (IOException | RuntimeException e) {
            throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.TEST, "failed to parse xml document '%s'", shown);
        }
    }

    static TestDriver load(String xml, Path file, String url, TestDriver.Cell[] cells) {
        return load(new java.io.StringReader(xml), () -> xml, file, url, cells);
    }

    private static TestDriver load(java.io.Reader source, java.util.function.Supplier<String> text, Path file,
                                   String url, TestDriver.Cell[] cells) {
        // Streamed: domains are parsed batch by batch while the document is read, their subtrees dropped.
        DomainParseOptions opts = TestDriver.sharedParseOptions();
        List<Object> streamed = new ArrayList<>();
        Document doc = NodeFileReader.read(source, batch -> {
            // after the first failing domain the rest need not be parsed: that error is the one reported
            if (streamed.isEmpty() || !(streamed.getLast() instanceof VirtException)) {
                parseDomains(batch, file, opts, streamed);
            }
        });
        List<Object> parsed = streamed;
        if (doc == null) {
            // not well-formed: XmlDocuments reports it as libvirt does (line, column, context)
            doc = XmlDocuments.parse(text.get(), url, ErrorDomain.TEST);
            parsed = null;
        }
        Element root = doc.getDocumentElement();
        if (!"node".equals(localName(root))) {
            throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML,
                    "expecting root element of 'node', not '" + localName(root) + "'");
        }
        TestDriver driver = new TestDriver(nodeInfo(root), cells);
        if (parsed == null) {
            List<Element> domains = new ArrayList<>();
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && "domain".equals(localName(e))) {
                    domains.add(e);
                }
            }
            parsed = new ArrayList<>();
            parseDomains(domains, file, opts, parsed);
        }
        addDomains(driver, parsed);
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "network".equals(localName(e))) {
                driver.addNetwork(TestNetworks.parseElement(resolve(e, file, "network")));
            }
        }
        // testParseInterfaces: after networks, each defined and active
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "interface".equals(localName(e))) {
                driver.interfaces.addNode(org.jvirt.conf.iface.InterfaceXml.parseElement(resolve(e, file, "interface")));
            }
        }
        // testParseStorage: pools after networks, each with its <volume> children (inline or file=)
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "pool".equals(localName(e))) {
                Element pe = resolve(e, file, "pool");
                TestStoragePools.Pool pool = TestStorage.addNodePool(driver, TestStorage.parsePoolElement(pe));
                for (Node v = pe.getFirstChild(); v != null; v = v.getNextSibling()) {
                    if (v instanceof Element ve && "volume".equals(localName(ve))) {
                        TestStorage.addNodeVolume(pool, org.jvirt.conf.storage.StorageXml.parseVolumeElement(
                                pool.def.type(), resolve(ve, file, "volume")));
                    }
                }
            }
        }
        // testParseNodedevs: devices last, read as existing devices
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "device".equals(localName(e))) {
                driver.nodeDevices.addNode(org.jvirt.conf.nodedev.NodeDeviceXml.parseElement(
                        resolve(e, file, "nodedev"), false));
            }
        }
        return driver;
    }

    /** testParseXMLDocFromFile: an element with file= is replaced by that document's root (path relative to the node file). */
    private static Element resolve(Element e, Path nodeFile, String kind) {
        String rel = e.getAttribute("file");
        if (rel.isEmpty()) {
            return e;
        }
        Path p = Path.of(rel);
        if (!p.isAbsolute()) {
            Path dir = nodeFile == null ? null : nodeFile.getParent();
            p = dir == null ? p : dir.resolve(rel);
        }
        String text = readOrFail(p, p.toString());
        return XmlDocuments.parse(text, p.toString(), ErrorDomain.TEST).getDocumentElement();
    }

    /** Node files this big are parsed on every core: each domain element is its own subtree. */
    private static final int PARALLEL_FROM = NodeFileReader.BATCH;

    /**
     * Parses the domains (in parallel for big batches: DOM subtrees are read independently, nothing of the
     * document is shared but the read-only tree), appending each result (a NodeDomain or the VirtException)
     * in document order.
     */
    private static void parseDomains(List<Element> elements, Path file, DomainParseOptions opts, List<Object> out) {
        Object[] parsed = new Object[elements.size()];
        IntStream range = IntStream.range(0, parsed.length);
        (parsed.length >= PARALLEL_FROM ? range.parallel() : range).forEach(i -> {
            try {
                parsed[i] = parseDomain(resolve(elements.get(i), file, "domain"), opts);
            } catch (VirtException e) {
                parsed[i] = e;
            }
        });
        for (Object o : parsed) {
            out.add(o);
            if (o instanceof VirtException) {
                return;
            }
        }
    }

    /** Adds the domains in document order, so that ids, and the first error reported, are libvirt's one-by-one load's. */
    private static void addDomains(TestDriver driver, List<Object> parsed) {
        for (Object o : parsed) {
            if (o instanceof VirtException e) {
                throw e;
            }
            NodeDomain d = (NodeDomain) o;
            driver.addDomain(d.def(), d.runstate(), d.transientDom(), d.managedSave());
        }
    }

    /** A domain of a node file with the test namespace's run-time settings. */
    private record NodeDomain(DomainDef def, int runstate, boolean transientDom, boolean managedSave) {
    }

    private static NodeDomain parseDomain(Element e, DomainParseOptions opts) {
        int runstate = DomainState.RUNNING.value();
        boolean transientDom = false;
        boolean managedSave = false;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && TEST_NS.equals(c.getNamespaceURI())) {
                switch (c.getLocalName()) {
                    case "transient" -> transientDom = true;
                    case "hasmanagedsave" -> managedSave = true;
                    case "runstate" -> runstate = runstate(c.getTextContent());
                    default -> { }
                }
            }
        }
        if (transientDom && runstate == DomainState.SHUTOFF.value()) {
            throw xmlError("transient domain cannot have runstate 'shutoff'");
        }
        if (managedSave && runstate != DomainState.SHUTOFF.value()) {
            throw xmlError("domain with managedsave data can only have runstate 'shutoff'");
        }
        return new NodeDomain(DomainXml.parseElement(e, opts), runstate, transientDom, managedSave);
    }

    private static int runstate(String text) {
        String t = text.strip();
        long v;
        try {
            v = Long.parseLong(t);
        } catch (NumberFormatException ex) {
            throw xmlError("invalid runstate");
        }
        if (v < 0 || v >= DomainState.values().length) {
            throw xmlError("runstate '" + v + "' out of range'");
        }
        return (int) v;
    }

    /** testParseNodeInfo: each value under /node/cpu and /node/memory replaces the default. */
    private static NodeInfo nodeInfo(Element root) {
        NodeInfo d = TestDefaultNode.NODE_INFO;
        Element cpu = child(root, "cpu");
        long nodes = num(cpu, "nodes", d.nodes());
        long sockets = num(cpu, "sockets", d.sockets());
        long cores = num(cpu, "cores", d.cores());
        long threads = num(cpu, "threads", d.threads());
        long cpus = cores * threads * sockets * nodes;
        long active = num(cpu, "active", -1);
        if (active != -1 && active < cpus) {
            cpus = active;
        }
        long mhz = num(cpu, "mhz", d.mhz());
        Element model = cpu == null ? null : child(cpu, "model");
        String modelText = model == null ? d.model() : model.getTextContent();
        long memory = num(root, "memory", d.memory());
        return new NodeInfo(modelText, memory, (int) cpus, (int) mhz, (int) nodes, (int) sockets, (int) cores,
                (int) threads);
    }

    private static long num(Element parent, String name, long dflt) {
        Element e = parent == null ? null : child(parent, name);
        if (e == null) {
            return dflt;
        }
        String t = e.getTextContent().strip();
        if (t.isEmpty()) {
            return dflt;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException ex) {
            String what = name.equals("memory") ? "invalid node memory value" : "invalid node cpu " + name + " value";
            throw xmlError(what);
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(localName(e))) {
                return e;
            }
        }
        return null;
    }

    private static String localName(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    private static VirtException xmlError(String msg) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.TEST, msg);
    }
}
