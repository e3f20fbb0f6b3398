package org.jvirt.rpc.remote;

/** remote_storage_pool_define_xml_args. */
public record StoragePoolDefineXmlArgs(String xml, int flags) {
}
