package org.jvirt.rpc.remote;

/** remote_domain_checkpoint_create_xml_args. */
public record DomainCheckpointCreateXmlArgs(NonnullDomain dom, String xmlDesc, int flags) {
}
