package org.jvirt;

/** virDomainIOThreadInfo: an IOThread's id and its affinity, one entry per host CPU. */
public record DomainIOThreadInfo(int iothreadId, boolean[] cpumap) {
}
