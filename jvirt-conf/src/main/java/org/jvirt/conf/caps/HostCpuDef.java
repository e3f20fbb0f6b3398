package org.jvirt.conf.caps;

/**
 * A standalone host {@code <cpu>} document (libvirt's virCPUDef of type host, parsed on its own rather than inside
 * capabilities): the CPU and the {@code <arch>} it names. What virConnectBaselineCPU takes.
 */
public record HostCpuDef(String arch, CapsDef.HostCpu cpu) {
}
