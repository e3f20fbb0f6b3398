package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A device of a family jvirt keeps as a canonical tree rather than a typed record: filesystem, hostdev, rng,
 * tpm, panic, smartcard, redirdev, redirfilter, hub, lease, shmem, memory, iommu, vsock, audio, nvram, crypto.
 * The tree is already normalised (libvirt's attribute/child order, defaults filled in).
 *
 * @param node the device element, e.g. {@code rng}, {@code hostdev}
 */
public record OtherDeviceDef(XmlNode node) implements DeviceDef {

    @Override
    public String elementName() {
        return node.name();
    }

    /** The device's type / model attribute (hostdev type, rng model, tpm model...), or null. */
    public String attr(String name) {
        return node.attr(name);
    }

    /** The {@code <alias name=>} child of the tree, or null. */
    @Override
    public String alias() {
        XmlNode a = node.child("alias");
        return a == null ? null : a.attr("name");
    }

    /** The tree with its alias child replaced, removed (null) or added before the address as libvirt orders it. */
    @Override
    public OtherDeviceDef withAlias(String alias) {
        List<XmlNode> kids = new ArrayList<>(node.children());
        int at = -1;
        for (int i = 0; i < kids.size(); i++) {
            if (kids.get(i).name().equals("alias")) {
                at = i;
                kids.remove(i);
                break;
            }
        }
        if (alias != null) {
            if (at < 0) {
                at = kids.size();
                for (int i = 0; i < kids.size(); i++) {
                    if (kids.get(i).name().equals("address")) {
                        at = i;
                        break;
                    }
                }
            }
            kids.add(at, new XmlNode("alias", List.of("name", alias), null, List.of()));
        }
        return new OtherDeviceDef(node.withChildren(kids));
    }
}
