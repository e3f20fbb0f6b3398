package org.jvirt.virsh.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The device elements of a domain's XML as virsh's detach-disk, detach-interface and change-media see them:
 * found in the dumpxml text and written back the way libxml2's xmlNodeDump writes a node of a parsed document
 * (double-quoted attributes, the document's own indentation inside, none before the element itself). Works on
 * the text because the whitespace and attribute order must survive exactly, which a DOM does not keep.
 */
final class DeviceNodes {

    private static final Pattern ATTR = Pattern.compile("([\\w:-]+)='([^']*)'");

    private DeviceNodes() {
    }

    /** One device element: its text as dumpxml wrote it (first line unindented). */
    record Node(String name, String text) {

        /** An attribute of the element's start tag, unescaped, or null. */
        String attr(String attr) {
            return attrOf(text.substring(0, text.indexOf('>')), attr);
        }

        /** An attribute of the first child element {@code child}, or null (e.g. target/dev, source/file, mac/address). */
        String childAttr(String child, String attr) {
            Matcher m = Pattern.compile("\n\\s*<" + child + "(\\s[^>]*)?/?>").matcher(text);
            return m.find() ? attrOf(m.group(), attr) : null;
        }

        boolean hasChild(String child) {
            return Pattern.compile("\n\\s*<" + child + "[\\s/>]").matcher(text).find();
        }

        /** The element without its first {@code child} element; the whitespace around it stays, as with xmlUnlinkNode. */
        Node without(String child) {
            Matcher m = Pattern.compile("<" + child + "[\\s/>]").matcher(text);
            if (!m.find()) {
                return this;
            }
            int start = m.start();
            int gt = text.indexOf('>', start);
            int end = text.charAt(gt - 1) == '/' ? gt + 1 : text.indexOf("</" + child + ">", gt) + child.length() + 3;
            return new Node(name, text.substring(0, start) + text.substring(end));
        }

        /** {@code line} (one element) added before the line of child {@code before}, at that line's indentation. */
        Node insertBefore(String before, String line) {
            Matcher m = Pattern.compile("\n([ \t]*)<" + before + "[\\s/>]").matcher(text);
            if (!m.find()) {
                return this;
            }
            int at = m.start() + 1;
            return new Node(name, text.substring(0, at) + m.group(1) + line + "\n" + text.substring(at));
        }

        /** The start tag's attribute set to {@code value}. */
        Node withAttr(String attr, String value) {
            int gt = text.indexOf('>');
            String tag = text.substring(0, gt);
            String rest = text.substring(gt);
            String esc = DeviceCommands.esc(value);
            Matcher m = Pattern.compile(" " + attr + "='[^']*'").matcher(tag);
            tag = m.find() ? tag.substring(0, m.start()) + " " + attr + "='" + esc + "'" + tag.substring(m.end())
                    : tag + " " + attr + "='" + esc + "'";
            return new Node(name, tag + rest);
        }

        /** xmlNodeDump's text: attributes in double quotes (a '"' in a value becomes &quot;, '&apos;' a plain '). */
        String dump() {
            Matcher m = ATTR.matcher(text);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String v = m.group(2).replace("&apos;", "'").replace("\"", "&quot;");
                m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + "=\"" + v + "\""));
            }
            m.appendTail(b);
            return b.toString();
        }
    }

    private static String attrOf(String tag, String attr) {
        Matcher m = Pattern.compile("\\s" + attr + "='([^']*)'").matcher(tag);
        return m.find() ? m.group(1).replace("&apos;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&") : null;
    }

    /** Every {@code <name>} element directly under {@code <devices>}, in document order. */
    static List<Node> devices(String domainXml, String name) {
        List<Node> out = new ArrayList<>();
        Matcher m = Pattern.compile("\n(    )<" + name + "[\\s>/]").matcher(domainXml);
        while (m.find()) {
            int start = m.start() + 5;
            int gt = domainXml.indexOf('>', start);
            int end = domainXml.charAt(gt - 1) == '/' ? gt + 1
                    : domainXml.indexOf("\n    </" + name + ">", gt) + 8 + name.length();
            out.add(new Node(name, domainXml.substring(start, end)));
        }
        return out;
    }

    /**
     * virshFindDisk: the disk whose target dev or source (file, dev, dir, name) is {@code path}; with
     * {@code changeable} only cdrom and floppy drives count.
     */
    static Node findDisk(String domainXml, String path, boolean changeable) {
        for (Node d : devices(domainXml, "disk")) {
            String device = d.attr("device");
            if (changeable && !"cdrom".equals(device) && !"floppy".equals(device)) {
                continue;
            }
            if (path.equals(d.childAttr("target", "dev"))) {
                return d;
            }
            for (String a : List.of("file", "dev", "dir", "name")) {
                if (path.equals(d.childAttr("source", a))) {
                    return d;
                }
            }
        }
        throw new org.jvirt.virsh.vsh.OptionException("No disk found whose source path or target is " + path);
    }
}
