package org.jvirt.rpc.remote;

/** remote_storage_pool_define_xml_ret. */
public record StoragePoolDefineXmlRet(NonnullStoragePool pool) {
}
