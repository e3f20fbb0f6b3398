package org.jvirt.conf.checkpoint;

import java.util.List;
import org.jvirt.conf.xml.XmlDocuments;
import org.jvirt.conf.xml.XmlElements;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Element;

/**
 * The domain checkpoint XML facade: text to {@link CheckpointDef} (virDomainCheckpointDefParseString) and back
 * (virDomainCheckpointDefFormat). Drivers add the domain and align the disks ({@link CheckpointAlign}).
 */
public final class CheckpointXml {

    /** libvirt's document name in parse error messages. */
    static final String URL = "(domain_checkpoint)";

    private CheckpointXml() {
    }

    public static CheckpointDef parse(String xml, CheckpointParseOptions opts) {
        Element root = XmlDocuments.parse(xml, URL, ErrorDomain.DOMAIN_CHECKPOINT).getDocumentElement();
        if (!"domaincheckpoint".equals(XmlElements.localName(root))) {
            throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML,
                    "expecting root element of 'domaincheckpoint', not '" + XmlElements.localName(root) + "'");
        }
        List<String> invalid = CheckpointSchema.check(root, xml);
        if (!invalid.isEmpty()) {
            throw CheckpointErr.schema(invalid);
        }
        return CheckpointParser.parse(root, opts);
    }

    /** virDomainCheckpointGetXMLDesc's text for VIR_DOMAIN_CHECKPOINT_XML_SECURE / _NO_DOMAIN. */
    public static String format(CheckpointDef def, boolean secure, boolean noDomain) {
        return CheckpointFormatter.format(def, secure, noDomain);
    }
}
