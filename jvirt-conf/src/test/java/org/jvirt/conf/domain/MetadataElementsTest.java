package org.jvirt.conf.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;

/** Expected texts from libvirt 9.0's test driver (python3-libvirt setMetadata / metadata / XMLDesc). */
class MetadataElementsTest {

    /** The stored form: the whole {@code <metadata>} element, children indented by two spaces. */
    private static String md(String children) {
        return "<metadata>\n" + children.indent(2).stripTrailing() + "\n</metadata>";
    }

    @Test
    void setInjectsTheNamespaceReplacesAndAppends() {
        String m = MetadataElements.set(null, "<foo>bar</foo>", "app", "http://example.org/app");
        assertThat(m).isEqualTo(md("<app:foo xmlns:app=\"http://example.org/app\">bar</app:foo>"));
        m = MetadataElements.set(m, "<other a=\"1\" b=\"2\"><x/>text<!-- c --></other>", "o", "http://o");
        m = MetadataElements.set(m, "<foo2 b=\"2\">baz</foo2>", "app2", "http://example.org/app");
        assertThat(m).isEqualTo(md("""
                <o:other xmlns:o="http://o" a="1" b="2"><o:x/>text<!-- c --></o:other>
                <app2:foo2 xmlns:app2="http://example.org/app" b="2">baz</app2:foo2>
                """));
        assertThat(MetadataElements.get(m, "http://example.org/app")).isEqualTo("<foo2 b=\"2\">baz</foo2>");
        assertThat(MetadataElements.get(m, "http://o")).isEqualTo("<other a=\"1\" b=\"2\"><x/>text<!-- c --></other>");
        assertThat(MetadataElements.get(m, "http://nope")).isNull();
        m = MetadataElements.set(m, null, null, "http://o");
        assertThat(m).isEqualTo(md("<app2:foo2 xmlns:app2=\"http://example.org/app\" b=\"2\">baz</app2:foo2>"));
        assertThat(MetadataElements.set(null, null, null, "http://o")).isNull();
        // removing the last child leaves the empty element, as libvirt prints it
        assertThat(MetadataElements.set(m, null, null, "http://example.org/app")).isEqualTo("<metadata/>");
        assertThat(MetadataElements.get("<metadata/>", "http://o")).isNull();
        assertThat(MetadataElements.set("<metadata/>", "<y/>", "k", "http://k"))
                .isEqualTo(md("<k:y xmlns:k=\"http://k\"/>"));
    }

    @Test
    void nestedElementsAndForeignNamespaces() {
        String m = MetadataElements.set(null,
                "<a x=\"1\" b=\"2\"><b><c>t</c></b><q:d xmlns:q=\"urn:q\" q:z=\"1\"><e/></q:d></a>", "k", "http://k");
        assertThat(m).isEqualTo(md("""
                <k:a xmlns:k="http://k" x="1" b="2">
                  <k:b>
                    <k:c>t</k:c>
                  </k:b>
                  <q:d xmlns:q="urn:q" q:z="1">
                    <k:e/>
                  </q:d>
                </k:a>
                """));
        assertThat(MetadataElements.get(m, "http://k")).isEqualTo(
                "<a x=\"1\" b=\"2\">\n  <b>\n    <c>t</c>\n  </b>\n  <q:d xmlns:q=\"urn:q\" q:z=\"1\">\n    <e/>\n  </q:d>\n</a>");
        // a root already in a namespace keeps it: declared, but not findable under the key's uri
        String q = MetadataElements.set(null, "<q:a xmlns:q=\"urn:q\"><b/><q:c/></q:a>", "k2", "http://k2");
        assertThat(q).isEqualTo(md("<q:a xmlns:q=\"urn:q\" xmlns:k2=\"http://k2\">\n  <k2:b/>\n  <q:c/>\n</q:a>"));
        assertThat(MetadataElements.get(q, "http://k2")).isNull();
        assertThat(MetadataElements.set(null, "<a>  <b/>  </a>", "k5", "http://k5"))
                .isEqualTo(md("<k5:a xmlns:k5=\"http://k5\">  <k5:b/>  </k5:a>"));
    }

    /**
     * Declarations on {@code <metadata>} (written there, or carried there from {@code <domain>} at parse time)
     * stay on it; a copy taken by get declares what it uses from outside and loses the requested namespace
     * from elements and attributes. Expected texts from python3-libvirt 9.0 (setMetadata / metadata / XMLDesc).
     */
    @Test
    void declarationsOnTheMetadataElement() {
        String m = """
                <metadata xmlns:a="http://a" xmlns:b="http://b">
                  <a:x>
                    <b:y a:k="v">
                      <a:z/>
                    </b:y>
                  </a:x>
                </metadata>""";
        assertThat(MetadataElements.get(m, "http://a"))
                .isEqualTo("<x xmlns:b=\"http://b\">\n  <b:y k=\"v\">\n    <z/>\n  </b:y>\n</x>");
        assertThat(MetadataElements.set(m, null, null, "http://a")).isEqualTo("<metadata xmlns:a=\"http://a\" xmlns:b=\"http://b\"/>");
        String n = """
                <metadata xmlns:a="http://a">
                  <b:x xmlns:b="http://b">
                    <a:y/>
                  </b:x>
                </metadata>""";
        assertThat(MetadataElements.get(n, "http://b")).isEqualTo("<x xmlns:a=\"http://a\">\n  <a:y/>\n</x>");
        assertThat(MetadataElements.set(n, "<y/>", "k", "http://k")).isEqualTo("""
                <metadata xmlns:a="http://a">
                  <b:x xmlns:b="http://b">
                    <a:y/>
                  </b:x>
                  <k:y xmlns:k="http://k"/>
                </metadata>""");
        assertThat(MetadataElements.set("<metadata foo=\"bar\"/>", "<y/>", "k", "http://k"))
                .isEqualTo("<metadata foo=\"bar\">\n  <k:y xmlns:k=\"http://k\"/>\n</metadata>");
    }

    @Test
    void errorsAsLibvirt() {
        assertErr(() -> MetadataElements.set(null, "<foo>bar", "app", "http://x"), ErrorCode.XML_DETAIL,
                ErrorDomain.DOMAIN, "(metadata_xml):1: Premature end of data in tag foo line 1\n<foo>bar\n--------^");
        assertErr(() -> MetadataElements.set(null, "", "app", "http://x"), ErrorCode.XML_DETAIL,
                ErrorDomain.DOMAIN, "(metadata_xml):1: Document is empty\n(null)\n^");
        assertErr(() -> MetadataElements.set(null, "<a/>", "a b", "http://x"), ErrorCode.INTERNAL_ERROR,
                ErrorDomain.XML, "internal error: failed to validate prefix for a new XML namespace");
        assertErr(() -> MetadataElements.set(null, "<q:a xmlns:q=\"urn:q\"/>", "q", "http://x"),
                ErrorCode.INTERNAL_ERROR, ErrorDomain.XML, "internal error: failed to create a new XML namespace");
        assertErr(() -> MetadataElements.set(null, "<!-- c --><a/>", "k", "http://x"),
                ErrorCode.INTERNAL_ERROR, ErrorDomain.XML, "internal error: failed to create a new XML namespace");
    }

    private static void assertErr(Runnable r, ErrorCode code, ErrorDomain dom, String msg) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(VirtException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.domain()).isEqualTo(dom);
            assertThat(e.getMessage()).isEqualTo(msg);
        });
    }
}
