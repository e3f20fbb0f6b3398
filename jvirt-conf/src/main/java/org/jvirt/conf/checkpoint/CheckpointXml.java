package org.jvirt.conf.checkpoint;

import org.jvirt.conf.rng.RngSchemas;
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

    /** Our schema of the format, shaped as libvirt's so that libxml2's messages come out the same. */
    static final String SCHEMA = "domaincheckpoint.rng";

    private CheckpointXml() {
    }

    public static CheckpointDef parse(String xml, CheckpointParseOptions opts) {
        Element root = XmlDocuments.parse(xml, URL, ErrorDomain.DOMAIN_CHECKPOINT).getDocumentElement();
        if (!"domaincheckpoint".equals(XmlElements.localName(root))) {
            throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML,
                    "expecting root element of 'domaincheckpoint', not '" + XmlElements.localName(root) + "'");
        }
        // libvirt checks every checkpoint definition against its schema, not only on request; the grammar is
        // read on the first checkpoint and kept
        RngSchemas.require(SCHEMA, root, xml);
        return CheckpointParser.parse(root, opts);
    }

    /** virDomainCheckpointGetXMLDesc's text for VIR_DOMAIN_CHECKPOINT_XML_SECURE / _NO_DOMAIN. */
    public static String format(CheckpointDef def, boolean secure, boolean noDomain) {
        return CheckpointFormatter.format(def, secure, noDomain);
    }
}
