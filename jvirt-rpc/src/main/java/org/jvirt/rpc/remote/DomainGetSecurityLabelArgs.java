package org.jvirt.rpc.remote;

/** remote_domain_get_security_label_args. */
public record DomainGetSecurityLabelArgs(NonnullDomain dom) {
}
