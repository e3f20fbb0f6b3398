package org.jvirt.conf.checkpoint;

import static org.jvirt.conf.rng.RngPattern.attribute;
import static org.jvirt.conf.rng.RngPattern.choice;
import static org.jvirt.conf.rng.RngPattern.data;
import static org.jvirt.conf.rng.RngPattern.element;
import static org.jvirt.conf.rng.RngPattern.group;
import static org.jvirt.conf.rng.RngPattern.interleave;
import static org.jvirt.conf.rng.RngPattern.oneOrMore;
import static org.jvirt.conf.rng.RngPattern.optional;
import static org.jvirt.conf.rng.RngPattern.text;
import static org.jvirt.conf.rng.RngPattern.value;

import java.util.List;
import org.jvirt.conf.rng.RngDatatype;
import org.jvirt.conf.rng.RngPattern;
import org.jvirt.conf.rng.RngValidator;
import org.jvirt.conf.xml.RootAttributes;
import org.w3c.dom.Element;

/**
 * libvirt 9.0's grammar for {@code <domaincheckpoint>} (domaincheckpoint.rng, which libvirt always validates
 * against), written as jvirt data from the documented format: any order of an optional name, description,
 * creationTime, disks (one or more disk), domain and parent. The embedded {@code <domain>} belongs to domain.rng,
 * which we do not describe: one with a type and a name passes here, whatever else it holds.
 */
final class CheckpointSchema {

    /** checkpointName: no leading dot, no slash or newline. */
    private static final RngPattern NAME = data(RngDatatype.of(RngDatatype.Type.STRING,
            "[a-zA-Z0-9_\\-][a-zA-Z0-9_\\-.]*"));

    /** basictypes' unsignedLong: the XML Schema type restricted to plain digits. */
    private static final RngPattern UNSIGNED_LONG = data(RngDatatype.of(RngDatatype.Type.UNSIGNED_LONG, "[0-9]+"));

    /** A disk is named by its target (diskTargetDev) or its source path (absFilePath). */
    private static final RngPattern DISK_NAME = choice(
            data(RngDatatype.of(RngDatatype.Type.STRING, "(ioemu:)?(fd|hd|sd|vd|xvd|ubd)[a-zA-Z0-9_]+")),
            data(RngDatatype.of(RngDatatype.Type.STRING, "(/|[a-zA-Z]:\\\\)[^\\n\\r]+")));

    /** checkpoint='no' alone, or an optional checkpoint='bitmap' with optional bitmap and size. */
    private static final RngPattern.Element DISK = element("disk",
            attribute("name", DISK_NAME),
            choice(attribute("checkpoint", value("no")),
                    group(optional(attribute("checkpoint", value("bitmap"))),
                            optional(attribute("bitmap", text())),
                            optional(attribute("size", UNSIGNED_LONG)))));

    /**
     * domain.rng's {@code <domain>}, which we do not describe: what every valid one has (the hypervisor type and a
     * name); anything else in it passes here.
     */
    private static final RngPattern DOMAIN = new RngPattern.Foreign("domain", List.of("type"), List.of("name"));

    static final RngPattern.Element ROOT = element("domaincheckpoint", interleave(
            optional(element("name", NAME)),
            optional(element("description", text())),
            optional(element("creationTime", UNSIGNED_LONG)),
            optional(element("disks", oneOrMore(DISK))),
            optional(DOMAIN),
            optional(element("parent", element("name", NAME)))));

    /** Where libvirt installs the schema: its path is part of the message. */
    static final String PATH = "/usr/share/libvirt/schemas/domaincheckpoint.rng";

    private CheckpointSchema() {
    }

    /** libxml2's messages for the document, empty when it is valid. */
    static List<String> check(Element root, String xml) {
        return RngValidator.validate(ROOT, root, () -> RootAttributes.of(xml));
    }
}
