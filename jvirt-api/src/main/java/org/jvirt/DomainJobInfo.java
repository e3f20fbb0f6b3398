package org.jvirt;

/**
 * virDomainJobInfo: the type of the domain's current (or last completed) job and its progress counters
 * (times in milliseconds, sizes in bytes), as virDomainGetJobInfo returns them.
 */
public record DomainJobInfo(int type, long timeElapsed, long timeRemaining, long dataTotal, long dataProcessed,
        long dataRemaining, long memTotal, long memProcessed, long memRemaining, long fileTotal, long fileProcessed,
        long fileRemaining) {
}
