package org.jvirt;

/** virDomainGetTime: the guest's clock, seconds since the epoch plus nanoseconds. */
public record DomainTime(long seconds, int nseconds) {
}
