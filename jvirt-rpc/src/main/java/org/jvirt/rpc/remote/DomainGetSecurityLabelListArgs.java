package org.jvirt.rpc.remote;

/** remote_domain_get_security_label_list_args. */
public record DomainGetSecurityLabelListArgs(NonnullDomain dom) {
}
