package org.jvirt.rpc.remote;

/** remote_domain_start_dirty_rate_calc_args. */
public record DomainStartDirtyRateCalcArgs(NonnullDomain dom, int seconds, int flags) {
}
