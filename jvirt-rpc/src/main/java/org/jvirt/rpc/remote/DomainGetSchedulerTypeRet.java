package org.jvirt.rpc.remote;

/** remote_domain_get_scheduler_type_ret. */
public record DomainGetSchedulerTypeRet(String type, int nparams) {
}
