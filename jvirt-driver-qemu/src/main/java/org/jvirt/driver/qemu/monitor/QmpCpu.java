package org.jvirt.driver.qemu.monitor;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One vCPU of query-cpus-fast: its index, QOM path, the host thread that runs it (for vcpuinfo/vcpupin), the
 * target architecture and the topology properties (socket-id, core-id, thread-id) as QEMU sent them.
 */
public record QmpCpu(int cpuIndex, String qomPath, long threadId, String target, JsonNode props) {
}
