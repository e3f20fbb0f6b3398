package org.jvirt.conf.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jvirt.conf.GoldenFiles;
import org.jvirt.conf.domain.DomainParseOptions;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test of jvirt's checkpoint schema check against libxml2, the validator libvirt 9.0 uses: many
 * generated {@code <domaincheckpoint>} documents (valid and broken children in any order, duplicates, unknown and
 * namespaced elements, text, CDATA, comments, root attributes and namespaces) go through
 * {@code xmllint --noout --relaxng /usr/share/libvirt/schemas/domaincheckpoint.rng} (one run for all of them) and
 * through {@link CheckpointXml#parse}; the message lines must be the same, in the same order. xmllint prefixes
 * each message with "FILE:LINE: element X: Relax-NG validity error : " (or only the last part when libxml2 lost
 * the node), which is stripped; libvirt joins the messages with newlines after its first line. jvirt checks the
 * documents against its own domaincheckpoint.rng (and domain.rng for the embedded {@code <domain>}, valid or
 * broken in several ways) with RngWalk.
 * Skipped, with the reason, when xmllint or libvirt's schema is absent.
 */
class CheckpointSchemaXmllintTest {

    static final Path SCHEMA = Path.of("/usr/share/libvirt/schemas/domaincheckpoint.rng");
    static final int GENERATED = 1500;
    static final String VALIDITY = "Relax-NG validity error : ";

    @TempDir
    Path dir;

    @Test
    void sameMessagesAsXmllint() throws Exception {
        assumeTrue(Files.exists(SCHEMA), "libvirt's schema " + SCHEMA + " is not installed");
        assumeTrue(onPath("xmllint"), "xmllint (libxml2-utils) is not installed");
        List<String> docs = new ArrayList<>(handWritten());
        Generator g = new Generator(new Random(20260125), domainSnippet());
        for (int i = 0; i < GENERATED; i++) {
            // every third one stresses the disk grammar alone (attribute choices, values, content)
            docs.add(i % 3 == 0 ? "<domaincheckpoint>" + g.disks(false) + "</domaincheckpoint>" : g.document());
        }
        List<String> files = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            String f = "d" + i + ".xml";
            Files.writeString(dir.resolve(f), docs.get(i), StandardCharsets.UTF_8);
            files.add(f);
        }
        Map<String, List<String>> want = xmllint(files);
        List<String> mismatches = new ArrayList<>();
        Map<String, Integer> seen = new TreeMap<>();
        for (int i = 0; i < docs.size(); i++) {
            List<String> w = want.get(files.get(i));
            List<String> got = jvirt(docs.get(i));
            seen.merge(w.isEmpty() ? "(valid)" : String.join(" | ", w).replaceAll(": \\S*$", ": X"), 1, Integer::sum);
            if (!got.equals(w)) {
                mismatches.add(docs.get(i) + "\n  xmllint: " + w + "\n  jvirt:   " + got);
            }
        }
        System.out.println("checkpoint schema vs xmllint: " + docs.size() + " documents, " + mismatches.size()
                + " differ; outcomes: " + seen);
        assertThat(mismatches).as(String.join("\n\n", mismatches.subList(0, Math.min(20, mismatches.size()))))
                .isEmpty();
        assertThat(seen.keySet()).as("the generator reaches every kind of message").hasSizeGreaterThanOrEqualTo(6);
    }

    /** jvirt's message lines: what follows the first line of an XML_INVALID_SCHEMA error, else none. */
    static List<String> jvirt(String xml) {
        try {
            CheckpointXml.parse(xml, CheckpointParseOptions.create(DomainParseOptions.testDriver()).withClock(() -> 1));
            return List.of();
        } catch (VirtException e) {
            if (e.code() != ErrorCode.XML_INVALID_SCHEMA) {
                return List.of();
            }
            String m = e.getMessage();
            assertThat(m).as("message of %s", xml).endsWith("\n");
            List<String> lines = m.lines().toList();
            assertThat(lines.getFirst()).endsWith("Unable to validate doc against " + SCHEMA);
            return lines.subList(1, lines.size());
        }
    }

    /** One xmllint run; its stderr is grouped per file by the "FILE validates" / "FILE fails to validate" lines. */
    Map<String, List<String>> xmllint(List<String> files) throws IOException, InterruptedException {
        Map<String, List<String>> res = org.jvirt.conf.SchemaAssert.xmllintMessages(dir, SCHEMA.toString(), files);
        assertThat(res.keySet()).containsExactlyElementsOf(files);
        return res;
    }

    static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    /** A domain libvirt's domain.rng accepts, from a golden fixture. */
    static String domainSnippet() {
        String xml = GoldenFiles.read(DomainCheckpointXml2XmlTest.DIR.resolve("domain-by-path.xml"));
        return xml.substring(xml.indexOf("<domain "), xml.indexOf("</domain>") + "</domain>".length());
    }

    /** The cases worked out while writing the validator, each one kind of message. */
    static List<String> handWritten() {
        return List.of(
                "<domaincheckpoint/>",
                "<domaincheckpoint><state/></domaincheckpoint>",
                "<domaincheckpoint><name>d</name><disks><disk name='vda' checkpoint='foo'/></disks></domaincheckpoint>",
                "<domaincheckpoint foo='1' bar='2'/>",
                "<domaincheckpoint b='1' a='2'/>",
                "<domaincheckpoint xmlns:q='urn:q' q:foo='1'/>",
                "<domaincheckpoint xmlns='urn:x'><state/></domaincheckpoint>",
                "<q:domaincheckpoint xmlns:q='urn:q'/>",
                "<domaincheckpoint>hello</domaincheckpoint>",
                "<domaincheckpoint><![CDATA[x]]></domaincheckpoint>",
                "<domaincheckpoint><!--c--><name>a</name><?pi x?><![CDATA[  ]]></domaincheckpoint>",
                "<domaincheckpoint foo='1'><disks/><state/></domaincheckpoint>",
                "<domaincheckpoint foo='1'><state/></domaincheckpoint>",
                "<domaincheckpoint><disks/><name>.a</name></domaincheckpoint>",
                "<domaincheckpoint><creationTime> <!--c-->5</creationTime></domaincheckpoint>",
                "<domaincheckpoint><creationTime>5<![CDATA[6]]></creationTime></domaincheckpoint>",
                "<domaincheckpoint><creationTime>00000000000000000000000000000000000000000001</creationTime>"
                        + "</domaincheckpoint>",
                "<domaincheckpoint><disks><disk name='vda' checkpoint=' no '/></disks></domaincheckpoint>",
                "<domaincheckpoint><disks><disk name='/a\nb'/></disks></domaincheckpoint>",
                "<domaincheckpoint><parent> <name>x</name> </parent></domaincheckpoint>");
    }

    /** Random documents built from valid and broken pieces of each child. */
    record Generator(Random r, String domain) {

        static final String[] NAMES = {"c1", "a.b", "_x-1", "9", ".a", "a/b", "", "a b", "<b/>", "\u00e9", " c1"};
        static final String[] TIMES = {"1700000000", "0", "05", "18446744073709551615", "18446744073709551616",
            " 5", "+5", "-1", "x", "", "5<b/>", "<![CDATA[7]]>", "5<!--c-->6"};
        static final String[] DESCRIPTIONS = {"text", "", "<b/>", "x<!--c-->y", "<![CDATA[z]]>", " "};
        static final String[] DISK_NAMES = {"vda", "sdb1", "ioemu:hda", "/dev/x", "C:\\x", "", "foo", "/", "xvdz"};
        static final String[] TYPES = {"no", "bitmap", " no ", "default", "foo", ""};
        static final String[] NOISE = {"<state>x</state>", "<q:name xmlns:q='urn:q'>a</q:name>", "text",
            "<![CDATA[x]]>", "<![CDATA[ ]]>", "<!--c-->", "<?pi x?>", "\n  ", "<name2/>", "<name xmlns='urn:x'>a</name>",
            "<disk name='vda'/>", "<domainx/>"};
        /** The least domain.rng accepts: a type and a name. */
        static final String MINIMAL_DOMAIN = "<domain type='test'><name>x</name></domain>";
        /** Domains domain.rng refuses: missing type or name, bad values, unknown children and attributes. */
        static final String[] BROKEN_DOMAINS = {"<domain/>", "<domain type='test'/>",
            "<domain><name>x</name></domain>", "<domain><name>x</name><os><type>hvm</type></os></domain>",
            "<domain type='test'><os><type>hvm</type></os></domain>",
            "<domain type='foo'><name>x</name></domain>", "<domain type='test'><name>x</name><memory>lots</memory>"
                + "</domain>", "<domain type='test' foo='1'><name>x</name></domain>",
            "<domain type='test'><name>x</name><bogus/></domain>",
            "<domain type='test'><name>x</name><uuid>nope</uuid></domain>",
            "<domain type='test'><name>x</name><devices><disk type='file'/></devices></domain>",
            "<domain type='test'><name>x</name><vcpu>0x</vcpu></domain>"};
        static final String[] ROOT_ATTRS = {"", "", "", "", " foo='1'", " b='1' a='2'", " xmlns:q='urn:q' q:z='1'",
            " xmlns:q='urn:q'", " xmlns='urn:x'", " name='x'"};

        String document() {
            List<String> kids = new ArrayList<>();
            int n = r.nextInt(7);
            for (int i = 0; i < n; i++) {
                kids.add(r.nextInt(8) == 0 ? pick(NOISE) : child());
            }
            String sep = r.nextBoolean() ? "\n  " : "";
            return "<domaincheckpoint" + pick(ROOT_ATTRS) + ">" + sep + String.join(sep, kids) + "</domaincheckpoint>";
        }

        /** Valid pieces most of the time, so that most documents reach the later checks. */
        String child() {
            boolean good = r.nextInt(4) != 0;
            return switch (r.nextInt(6)) {
                case 0 -> "<name>" + (good ? NAMES[r.nextInt(4)] : pick(NAMES)) + "</name>";
                case 1 -> "<description>" + (good ? "text" : pick(DESCRIPTIONS)) + "</description>";
                case 2 -> "<creationTime>" + (good ? TIMES[r.nextInt(4)] : pick(TIMES)) + "</creationTime>";
                case 3 -> disks(good);
                case 4 -> good ? pick(new String[] {domain, MINIMAL_DOMAIN}) : pick(BROKEN_DOMAINS);
                default -> parent(good);
            };
        }

        String disks(boolean good) {
            StringBuilder b = new StringBuilder("<disks>");
            int n = good ? 1 + r.nextInt(3) : r.nextInt(4);
            for (int i = 0; i < n; i++) {
                b.append(good ? "<disk name='vd" + (char) ('a' + i) + "'" + (r.nextBoolean() ? " checkpoint='no'" : "")
                        + "/>" : disk());
            }
            if (!good && r.nextInt(4) == 0) {
                b.append(pick(new String[] {"<foo/>", "x", "<!--c-->", " "}));
            }
            return b.append("</disks>").toString();
        }

        String disk() {
            StringBuilder b = new StringBuilder("<disk");
            if (r.nextInt(6) != 0) {
                b.append(" name='").append(pick(DISK_NAMES)).append('\'');
            }
            if (r.nextBoolean()) {
                b.append(" checkpoint='").append(pick(TYPES)).append('\'');
            }
            if (r.nextInt(3) == 0) {
                b.append(" bitmap='").append(r.nextBoolean() ? "b1" : "").append('\'');
            }
            if (r.nextInt(4) == 0) {
                b.append(" size='").append(r.nextBoolean() ? "5" : "x").append('\'');
            }
            if (r.nextInt(8) == 0) {
                b.append(" foo='1'");
            }
            return b.append(r.nextInt(6) == 0 ? ">" + pick(new String[] {"x", "<b/>", " ", "<!--c-->"}) + "</disk>"
                    : "/>").toString();
        }

        String parent(boolean good) {
            if (good) {
                return "<parent><name>p" + r.nextInt(3) + "</name></parent>";
            }
            return pick(new String[] {"<parent/>", "<parent><name>.p</name></parent>",
                "<parent><name>p</name><name>q</name></parent>", "<parent>x</parent>",
                "<parent><name>p</name>x</parent>", "<parent><!--c--><name>p</name></parent>"});
        }

        String pick(String[] a) {
            return a[r.nextInt(a.length)];
        }
    }
}
