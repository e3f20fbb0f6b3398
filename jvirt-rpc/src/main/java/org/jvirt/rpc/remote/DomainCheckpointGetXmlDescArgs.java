package org.jvirt.rpc.remote;

/** remote_domain_checkpoint_get_xml_desc_args. */
public record DomainCheckpointGetXmlDescArgs(NonnullDomainCheckpoint checkpoint, int flags) {
}
