package org.jvirt.conf.domain;

/** Values of on_poweroff / on_reboot / on_crash (virDomainLifecycleAction). */
public enum LifecycleAction {
    DESTROY("destroy"),
    RESTART("restart"),
    RENAME_RESTART("rename-restart"),
    PRESERVE("preserve"),
    COREDUMP_DESTROY("coredump-destroy"),
    COREDUMP_RESTART("coredump-restart");

    private final String xml;

    LifecycleAction(String xml) {
        this.xml = xml;
    }

    public String xml() {
        return xml;
    }

    /** The constant for an XML value, or null when unknown. */
    public static LifecycleAction of(String xml) {
        for (LifecycleAction a : values()) {
            if (a.xml.equals(xml)) {
                return a;
            }
        }
        return null;
    }
}
