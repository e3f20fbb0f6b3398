package org.jvirt;

/**
 * virNodeGetCPUMap: how many CPUs the node reports (also the width virsh gives every affinity map), which of
 * them are online, and how many are.
 */
public record NodeCPUMap(int cpus, boolean[] online, int onlineCount) {
}
