package org.jvirt.rpc.remote;

/** remote_storage_pool_create_xml_ret. */
public record StoragePoolCreateXmlRet(NonnullStoragePool pool) {
}
