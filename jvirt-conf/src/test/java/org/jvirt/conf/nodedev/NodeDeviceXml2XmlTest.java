package org.jvirt.conf.nodedev;

import java.nio.file.Path;
import java.util.List;
import org.jvirt.conf.GoldenXmlSuite;

/**
 * Golden files as libvirt's nodedevxml2xmltest: {@code nodedevxml2xml/NAME.xml} parsed and formatted must
 * equal {@code NAME.out.xml}; a must-fail input has {@code NAME.err} (code, domain, message). Every expectation
 * was recorded from real libvirt 9.0 (src/test/scripts/nodedevxml2xml-oracle.py puts each input in a test
 * driver node file); -Djvirt.test.regenerate=true rewrites them from this code.
 */
class NodeDeviceXml2XmlTest extends GoldenXmlSuite {

    static final Path DIR = Path.of("src/test/resources/nodedevxml2xml");

    /** Inputs libvirt accepts although its schema does not: parent WWN attributes, a system without firmware, a
     * removable drive with its type and two media_available, PCI bits libvirt reads leniently (an empty
     * iommuGroup, a negative port, an all-zero address, the 'endpoint' header type), an empty mdev_types, a ccw
     * number without 0x, an mdev attr without value. */
    static final List<String> SCHEMA_INVALID_INPUTS = List.of("scsi-host-plain", "system-minimal", "storage-removable",
            "pci-minimal", "pci-port", "pci-zero", "ap-matrix-empty", "ccw", "mdev");

    /**
     * Outputs libvirt's schema refuses as well: a LUN of 4294967295 comes back as -1 (a C unsigned printed with
     * %d), which also cannot be read again.
     */
    static final List<String> SCHEMA_INVALID_OUTPUTS = List.of("scsi");

    @Override
    protected Path dir() {
        return DIR;
    }

    @Override
    protected String convert(String xml) {
        return NodeDeviceXml.format(NodeDeviceXml.parse(xml, false));
    }

    @Override
    protected String schema() {
        return "nodedev";
    }

    @Override
    protected List<String> schemaInvalidInputs() {
        return SCHEMA_INVALID_INPUTS;
    }

    @Override
    protected List<String> schemaInvalidOutputs() {
        return SCHEMA_INVALID_OUTPUTS;
    }
}
