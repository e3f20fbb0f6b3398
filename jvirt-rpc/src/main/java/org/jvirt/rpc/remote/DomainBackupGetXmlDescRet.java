package org.jvirt.rpc.remote;

/** remote_domain_backup_get_xml_desc_ret. */
public record DomainBackupGetXmlDescRet(String xml) {
}
