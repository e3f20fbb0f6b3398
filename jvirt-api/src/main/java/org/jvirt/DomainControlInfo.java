package org.jvirt;

/**
 * virDomainControlInfo: the state of the control interface to the domain (virDomainControlState:
 * 0 ok, 1 job, 2 occupied, 3 error), details (virDomainControlErrorReason for the error state) and the
 * milliseconds spent in the current state (for job and occupied).
 */
public record DomainControlInfo(int state, int details, long stateTime) {
}
