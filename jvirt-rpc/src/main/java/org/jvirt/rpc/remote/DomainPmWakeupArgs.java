package org.jvirt.rpc.remote;

/** remote_domain_pm_wakeup_args. */
public record DomainPmWakeupArgs(NonnullDomain dom, int flags) {
}
