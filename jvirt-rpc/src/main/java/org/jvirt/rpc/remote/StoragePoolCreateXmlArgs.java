package org.jvirt.rpc.remote;

/** remote_storage_pool_create_xml_args. */
public record StoragePoolCreateXmlArgs(String xml, int flags) {
}
