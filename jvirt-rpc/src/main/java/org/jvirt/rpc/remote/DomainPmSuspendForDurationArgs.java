package org.jvirt.rpc.remote;

/** remote_domain_pm_suspend_for_duration_args. */
public record DomainPmSuspendForDurationArgs(NonnullDomain dom, int target, long duration, int flags) {
}
