package org.jvirt.conf.rng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jvirt.conf.domain.DomainParseOptions;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.conf.iface.InterfaceXml;
import org.jvirt.conf.network.NetworkParseOptions;
import org.jvirt.conf.network.NetworkXml;
import org.jvirt.conf.nodedev.NodeDeviceXml;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;

/**
 * The VALIDATE path without xmllint: libvirt's error (code, domain, first line, one line per libxml2 message) for
 * documents whose wording RngXmllintDiffTest and the golden virsh cases check against libvirt 9.0.
 */
class RngSchemasTest {

    static final String GOOD = "<domain type='test'><name>v</name><memory>1024</memory><os><type>hvm</type></os></domain>";

    @Test
    void validDomainParsesWithTheFlag() {
        assertThat(DomainXml.parse(GOOD, DomainParseOptions.testDriver().withValidateSchema(true)).name()).isEqualTo("v");
    }

    @Test
    void unknownChildIsExtraContent() {
        String bad = GOOD.replace("</domain>", "<bogus/></domain>");
        assertThatThrownBy(() -> DomainXml.parse(bad, DomainParseOptions.testDriver().withValidateSchema(true)))
                .isInstanceOfSatisfying(VirtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.XML_INVALID_SCHEMA);
                    assertThat(e.domain()).isEqualTo(ErrorDomain.XML);
                    assertThat(e.getMessage()).endsWith("Unable to validate doc against "
                            + "/usr/share/libvirt/schemas/domain.rng\nElement domain has extra content: bogus\n");
                });
        // without the flag the parser alone decides, and ignores the unknown element as libvirt does
        assertThat(DomainXml.parse(bad, DomainParseOptions.testDriver()).name()).isEqualTo("v");
    }

    @Test
    void brokenChildOfTheInterleaveIsNamed() {
        String bad = "<network><name>n1</name><forward mode='bogus'/></network>";
        assertThatThrownBy(() -> NetworkXml.parse(bad, NetworkParseOptions.defaults().withValidateSchema(true)))
                .hasMessageEndingWith("network.rng\nExtra element forward in interleave\n"
                        + "Element network failed to validate content\n");
    }

    @Test
    void missingRequiredElementAndRootAttribute() {
        assertThat(check("<domain type='test'><memory>1</memory><os><type>hvm</type></os></domain>"))
                .containsExactly("Expecting an element name, got nothing", "Invalid sequence in interleave",
                        "Invalid sequence in interleave", "Element domain failed to validate content");
        assertThat(check(GOOD.replace("type='test'>", "type='test' bogus='1'>")))
                .containsExactly("Invalid attribute bogus for element domain");
    }

    @Test
    void interfaceFlagChecksTheRootFirstThenTheSchema() {
        String bad = "<interface type='ethernet' name='eth8'><mac address='not-a-mac'/></interface>";
        assertThatThrownBy(() -> InterfaceXml.parse(bad, true)).hasMessageEndingWith("interface.rng\n"
                + "Extra element mac in interleave\nInvalid sequence in interleave\n"
                + "Element interface failed to validate content\n");
        assertThat(InterfaceXml.parse(bad).name()).isEqualTo("eth8");
        assertThatThrownBy(() -> InterfaceXml.parse("<device/>", true))
                .hasMessageContaining("expecting root element of 'interface', not 'device'");
    }

    /** A device's content is a plain sequence of elements: libxml2 checks it through a compiled model. */
    @Test
    void nodeDeviceContentIsCheckedAsACompiledModel() {
        assertThat(check("nodedev.rng", "<device/>")).containsExactly("Expecting an element , got nothing");
        assertThat(check("nodedev.rng", "<device><name>x</name><bogus/></device>"))
                .containsExactly("Did not expect element bogus there");
        assertThat(check("nodedev.rng", "<device><name>x</name>text</device>"))
                .containsExactly("Did not expect text in element device content");
        assertThat(check("nodedev.rng", "<device><name>x<b/></name></device>"))
                .containsExactly("Did not expect element b there");
        assertThat(check("nodedev.rng", "<device><name>x</name></device>")).isEmpty();
        assertThatThrownBy(() -> NodeDeviceXml.parse("<bogus/>", true, true))
                .isInstanceOfSatisfying(VirtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.XML_ERROR);
                    assertThat(e.getMessage()).contains("expecting root element of 'device', not 'bogus'");
                });
    }

    static List<String> check(String xml) {
        return check("domain.rng", xml);
    }

    static List<String> check(String schema, String xml) {
        try {
            var root = javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                    .parse(new org.xml.sax.InputSource(new java.io.StringReader(xml))).getDocumentElement();
            return RngSchemas.check(schema, root, xml);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
