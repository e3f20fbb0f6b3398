package org.jvirt.event;

import org.jvirt.Domain;

/** virConnectDomainQemuMonitorEventCallback: a QMP event of a domain, its time and its JSON details (or null). */
@FunctionalInterface
public interface QemuMonitorEventListener {

    void onEvent(Domain dom, String event, long seconds, int micros, String details);
}
