package org.jvirt.driver.qemu.monitor;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of query-hotpluggable-cpus: a CPU slot of the machine's topology.
 *
 * @param type the QOM type to device_add into the slot ("qemu64-x86_64-cpu")
 * @param vcpusCount how many vCPUs the slot holds
 * @param props the slot's topology ids ("socket-id", "core-id", "thread-id"), passed back to device_add
 * @param qomPath where the CPU in the slot lives, or null while the slot is empty; CPUs added with device_add
 *                live under /machine/peripheral/ID, the ones of -smp under /machine/unattached
 */
public record QmpHotpluggableCpu(String type, int vcpusCount, JsonNode props, String qomPath) {

    public boolean plugged() {
        return qomPath != null;
    }

    /** Added with device_add (so it can be removed with device_del): its id, else null. */
    public String hotpluggedId() {
        String prefix = "/machine/peripheral/";
        return qomPath != null && qomPath.startsWith(prefix) ? qomPath.substring(prefix.length()) : null;
    }

    /** The slot's socket id (with libvirt's default topology of one core and thread per socket, the vCPU index). */
    public int socketId() {
        return props.path("socket-id").asInt(-1);
    }
}
