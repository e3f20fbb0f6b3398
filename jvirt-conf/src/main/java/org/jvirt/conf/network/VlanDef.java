package org.jvirt.conf.network;

import java.util.List;

/**
 * {@code <vlan trunk><tag id nativeMode/></vlan>} (libvirt's virNetDevVlan): the tag ids in order, whether the
 * port is a trunk (implied by more than one tag), and the native tag with its mode. As in libvirt the native
 * setting is kept as (mode, id), so every tag carrying that id is printed with the mode.
 *
 * @param nativeMode null for libvirt's "default" (no native vlan)
 * @param nativeTag the id the native mode applies to; meaningful only with a nativeMode
 */
public record VlanDef(List<Integer> tags, boolean trunk, NativeMode nativeMode, int nativeTag) {

    public VlanDef {
        tags = List.copyOf(tags);
    }

    /** libvirt's virNativeVlanMode without its unprintable "default". */
    public enum NativeMode {
        TAGGED, UNTAGGED;

        public String xmlName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The mode for an XML value, or null when libvirt rejects it ("default" included). */
        public static NativeMode fromXml(String s) {
            for (NativeMode m : values()) {
                if (m.xmlName().equals(s)) {
                    return m;
                }
            }
            return null;
        }
    }
}
