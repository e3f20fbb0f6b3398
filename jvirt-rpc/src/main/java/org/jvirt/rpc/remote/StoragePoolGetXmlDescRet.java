package org.jvirt.rpc.remote;

/** remote_storage_pool_get_xml_desc_ret. */
public record StoragePoolGetXmlDescRet(String xml) {
}
