package org.jvirt.rpc.remote;

/** remote_domain_checkpoint_create_xml_ret. */
public record DomainCheckpointCreateXmlRet(NonnullDomainCheckpoint checkpoint) {
}
