package org.jvirt.conf.network;

import java.util.UUID;

/**
 * {@code <virtualport type><parameters .../></virtualport>} (virNetDevVPortProfile). Every parameter is null when
 * not given; which ones libvirt prints depends on the type (see {@link Type}).
 *
 * @param type null for a virtualport without a type (allowed in portgroups, where any parameter may be set)
 * @param profileId null or non-empty (an empty profileid is "not given" to libvirt)
 */
public record VirtualPortDef(Type type, Integer managerId, Integer typeId, Integer typeIdVersion, UUID instanceId,
        String profileId, UUID interfaceId) {

    /** virNetDevVPortProfileType without "none" (a null type). */
    public enum Type {
        QBG("802.1Qbg"), QBH("802.1Qbh"), OPENVSWITCH("openvswitch"), MIDONET("midonet");

        private final String xmlName;

        Type(String xmlName) {
            this.xmlName = xmlName;
        }

        public String xmlName() {
            return xmlName;
        }

        /** The type for an XML value, or null when libvirt does not know it ("none" included). */
        public static Type fromXml(String s) {
            for (Type t : values()) {
                if (t.xmlName.equals(s)) {
                    return t;
                }
            }
            return null;
        }
    }

    /** True when no parameter is set: libvirt then prints no {@code <parameters>} (and nothing at all untyped). */
    public boolean noParameters() {
        return managerId == null && typeId == null && typeIdVersion == null && instanceId == null
                && profileId == null && interfaceId == null;
    }
}
