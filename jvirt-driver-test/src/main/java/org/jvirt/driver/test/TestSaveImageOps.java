package org.jvirt.driver.test;

import java.nio.file.Path;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainFormatOptions;
import org.jvirt.conf.domain.DomainParseOptions;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorDomain;
import org.jvirt.spi.HypervisorDriver;

/**
 * The XML inside save files (testDomainSaveImageGetXMLDesc / testDomainSaveImageDefineXML). Managed save has no
 * image in the test driver (a flag only), so its XML entries stay unsupported, as in libvirt 9.0.
 */
interface TestSaveImageOps extends HypervisorDriver {

    TestDriver driver();

    /** VIR_DOMAIN_SAVE_IMAGE_XML_SECURE. */
    int XML_SECURE = 1;
    /** VIR_DOMAIN_SAVE_RUNNING | VIR_DOMAIN_SAVE_PAUSED. */
    int RUNNING_OR_PAUSED = 2 | 4;

    /**
     * The image's XML as a definition: the test driver's parse without its define-time step (no testnetN
     * interface names: only restore adds those).
     */
    static DomainDef parse(String xml) {
        return DomainXml.parse(xml, ImageParse.OPTIONS);
    }

    /** Built on first use. */
    final class ImageParse {
        static final DomainParseOptions OPTIONS = DomainParseOptions.builder()
                .osDefaults((osType, virtType) -> "i686")
                .defaultVideoModel("cirrus")
                .build();

        private ImageParse() {
        }
    }

    @Override
    default String domainSaveImageGetXMLDesc(String file, int flags) {
        VirErrors.checkFlags(flags, XML_SECURE, ErrorDomain.TEST, "testDomainSaveImageGetXMLDesc");
        DomainDef def = TestSaveImageOps.parse(TestSaveImage.read(Path.of(file)));
        // parsed as an inactive definition, so no id; formatted with secrets whatever the flag says, as libvirt
        return DomainXml.format(def, new DomainFormatOptions(-1, false, true));
    }

    @Override
    default void domainSaveImageDefineXML(String file, String dxml, int flags) {
        VirErrors.checkFlags(flags, RUNNING_OR_PAUSED, ErrorDomain.TEST, "testDomainSaveImageDefineXML");
        Path path = Path.of(file);
        // the image must be one of ours and its XML valid before it is replaced
        TestSaveImageOps.parse(TestSaveImage.read(path));
        DomainDef def = TestSaveImageOps.parse(dxml);
        String xml = DomainXml.format(def, new DomainFormatOptions(-1, false, true));
        TestSaveImage.write(path, xml, "saving domain '" + def.name() + "' to '" + file + "'");
    }
}
