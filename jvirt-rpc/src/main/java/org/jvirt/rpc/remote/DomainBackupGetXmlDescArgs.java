package org.jvirt.rpc.remote;

/** remote_domain_backup_get_xml_desc_args. */
public record DomainBackupGetXmlDescArgs(NonnullDomain dom, int flags) {
}
