package org.jvirt.rpc.remote;

/** remote_domain_send_process_signal_args. */
public record DomainSendProcessSignalArgs(NonnullDomain dom, long pidValue, int signum, int flags) {
}
