package org.jvirt.conf.rng;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads one of our .rng files (XML syntax: grammar, start, define, ref, include with overrides, nested grammars,
 * the usual patterns, name classes, XML Schema data with pattern/min/maxInclusive params) into an
 * {@link RngGrammar}. Everything not in RELAX NG's namespace (annotations) is skipped. Our schemas are trusted
 * project resources: a construct we do not read is a programming error, not a user error.
 */
public final class RngLoader {

    static final String RNG_NS = "http://relaxng.org/ns/structure/1.0";

    /** Where our schemas live on the class path; includes are resolved in the same folder. */
    private final String dir;

    private RngLoader(String dir) {
        this.dir = dir;
    }

    /** Loads {@code dir + name}, e.g. ("/org/jvirt/conf/schemas/", "domain.rng"). */
    public static RngGrammar load(String dir, String name) {
        RngLoader l = new RngLoader(dir);
        RngGrammar g = new RngGrammar();
        l.grammarContent(l.read(name), g, new Scope(g, null), Map.of());
        return g;
    }

    /** A grammar and the one it is nested in (parentRef is not used by our schemas, so only for clarity). */
    private record Scope(RngGrammar grammar, Scope parent) {
    }

    private Element read(String name) {
        try (InputStream in = RngLoader.class.getResourceAsStream(dir + name)) {
            if (in == null) {
                throw new IllegalStateException("no schema " + dir + name);
            }
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("cannot read schema " + name, e);
        }
    }

    /**
     * The start and defines of a grammar element (or an included file's grammar) into g. Components named in
     * {@code overridden} were given by the including element and are skipped here.
     */
    private void grammarContent(Element grammar, RngGrammar g, Scope scope, Map<String, Boolean> overridden) {
        for (Element c : children(grammar)) {
            switch (c.getLocalName()) {
                case "start" -> {
                    if (!overridden.containsKey("#start")) {
                        g.start(group(c, scope));
                    }
                }
                case "define" -> {
                    String name = c.getAttribute("name");
                    if (!overridden.containsKey(name)) {
                        g.defines().put(name, group(c, scope));
                    }
                }
                case "include" -> include(c, g, scope);
                case "div" -> grammarContent(c, g, scope, overridden);
                default -> throw new IllegalStateException("unexpected " + c.getLocalName() + " in grammar");
            }
        }
    }

    private void include(Element inc, RngGrammar g, Scope scope) {
        Map<String, Boolean> overridden = new HashMap<>();
        for (Element c : children(inc)) {
            String key = c.getLocalName().equals("start") ? "#start" : c.getAttribute("name");
            overridden.put(key, Boolean.TRUE);
        }
        grammarContent(read(inc.getAttribute("href")), g, scope, overridden);
        grammarContent(inc, g, scope, Map.of());
    }

    /** The children of e as one pattern: a group when there are several. */
    private RngPattern group(Element e, Scope scope) {
        List<RngPattern> parts = patterns(e, scope);
        return parts.size() == 1 ? parts.getFirst() : new RngPattern.Group(parts);
    }

    private List<RngPattern> patterns(Element e, Scope scope) {
        List<RngPattern> out = new ArrayList<>();
        for (Element c : children(e)) {
            out.add(pattern(c, scope));
        }
        return out;
    }

    /** libxml2 simplifies an interleave of one part to that part (no "Invalid sequence" of its own then). */
    private static RngPattern interleave(List<RngPattern> parts) {
        return parts.size() == 1 ? parts.getFirst() : new RngPattern.Interleave(parts);
    }

    private RngPattern pattern(Element e, Scope scope) {
        return switch (e.getLocalName()) {
            case "element" -> element(e, scope);
            case "attribute" -> attribute(e, scope);
            case "group" -> group(e, scope);
            case "interleave" -> interleave(patterns(e, scope));
            case "choice" -> new RngPattern.Choice(patterns(e, scope));
            case "optional" -> new RngPattern.Optional(group(e, scope));
            case "zeroOrMore" -> new RngPattern.ZeroOrMore(group(e, scope));
            case "oneOrMore" -> new RngPattern.OneOrMore(group(e, scope));
            case "text" -> new RngPattern.Text();
            case "empty" -> new RngPattern.Empty();
            case "notAllowed" -> new RngPattern.NotAllowed();
            case "value" -> new RngPattern.Value(e.getTextContent());
            case "data" -> data(e);
            case "ref" -> new RngPattern.Ref(e.getAttribute("name"), scope.grammar());
            case "parentRef" -> new RngPattern.Ref(e.getAttribute("name"), scope.parent().grammar());
            case "grammar" -> {
                RngGrammar inner = new RngGrammar();
                grammarContent(e, inner, new Scope(inner, scope), Map.of());
                yield inner.start();
            }
            default -> throw new IllegalStateException("unsupported RELAX NG element " + e.getLocalName());
        };
    }

    private RngPattern element(Element e, Scope scope) {
        Named n = named(e, true);
        List<RngPattern> parts = new ArrayList<>();
        for (Element k : n.rest()) {
            parts.add(pattern(k, scope));
        }
        RngPattern content = parts.size() == 1 ? parts.getFirst() : new RngPattern.Group(parts);
        if (n.names() instanceof NameClass.Name(String ns, String local) && ns.isEmpty()) {
            return new RngPattern.Element(local, content);
        }
        return new RngPattern.AnyElement(n.names(), content);
    }

    private RngPattern attribute(Element e, Scope scope) {
        Named n = named(e, false);
        RngPattern value = n.rest().isEmpty() ? new RngPattern.Text() : pattern(n.rest().getFirst(), scope);
        if (n.names() instanceof NameClass.Name(String ns, String local) && ns.isEmpty()) {
            return new RngPattern.Attribute(local, value);
        }
        return new RngPattern.AnyAttribute(n.names(), value);
    }

    /** An element's or attribute's names (its name= or its first child) and the children after them. */
    private record Named(NameClass names, List<Element> rest) {
    }

    private Named named(Element e, boolean element) {
        List<Element> kids = children(e);
        if (e.hasAttribute("name")) {
            return new Named(qname(e, e.getAttribute("name"), element), kids);
        }
        return new Named(nameClass(kids.getFirst(), element), kids.subList(1, kids.size()));
    }

    private NameClass nameClass(Element e, boolean element) {
        return switch (e.getLocalName()) {
            case "name" -> qname(e, e.getTextContent().strip(), element);
            case "anyName" -> new NameClass.AnyName(except(e, element));
            case "nsName" -> new NameClass.NsName(inheritedNs(e), except(e, element));
            case "choice" -> {
                List<NameClass> opts = new ArrayList<>();
                for (Element c : children(e)) {
                    opts.add(nameClass(c, element));
                }
                yield new NameClass.Choice(opts);
            }
            default -> throw new IllegalStateException("unsupported name class " + e.getLocalName());
        };
    }

    private NameClass except(Element e, boolean element) {
        for (Element c : children(e)) {
            if (c.getLocalName().equals("except")) {
                List<NameClass> opts = new ArrayList<>();
                for (Element x : children(c)) {
                    opts.add(nameClass(x, element));
                }
                return opts.size() == 1 ? opts.getFirst() : new NameClass.Choice(opts);
            }
        }
        return null;
    }

    /** An element name takes the inherited ns= (attributes do not); a prefix resolves through the .rng's xmlns. */
    private static NameClass qname(Element at, String qname, boolean element) {
        int colon = qname.indexOf(':');
        if (colon > 0) {
            String ns = at.lookupNamespaceURI(qname.substring(0, colon));
            return new NameClass.Name(ns == null ? "" : ns, qname.substring(colon + 1));
        }
        return new NameClass.Name(element ? inheritedNs(at) : "", qname);
    }

    private static String inheritedNs(Element e) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (el.hasAttribute("ns")) {
                return el.getAttribute("ns");
            }
        }
        return "";
    }

    private static RngPattern data(Element e) {
        String typeName = e.getAttribute("type");
        RngDatatype.Type type = RngDatatype.Type.ofXsd(typeName);
        if (type == null) {
            throw new IllegalStateException("unsupported datatype " + typeName);
        }
        String regex = null;
        java.math.BigInteger min = null;
        java.math.BigInteger max = null;
        int minLength = -1;
        int maxLength = -1;
        for (Element p : children(e)) {
            String v = p.getTextContent().strip();
            switch (p.getAttribute("name")) {
                case "pattern" -> regex = RngDatatype.xsdRegex(p.getTextContent());
                case "minInclusive" -> min = new java.math.BigInteger(v);
                case "maxInclusive" -> max = new java.math.BigInteger(v);
                case "minLength" -> minLength = Integer.parseInt(v);
                case "maxLength" -> maxLength = Integer.parseInt(v);
                default -> throw new IllegalStateException("unsupported param " + p.getAttribute("name"));
            }
        }
        return new RngPattern.Data(new RngDatatype(type,
                regex == null ? null : java.util.regex.Pattern.compile(regex), min, max, minLength, maxLength));
    }

    /** Child elements in RELAX NG's namespace (annotations and text skipped). */
    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && RNG_NS.equals(c.getNamespaceURI())) {
                out.add(c);
            }
        }
        return out;
    }
}
