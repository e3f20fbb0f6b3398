package org.jvirt.rpc.remote;

/** remote_storage_pool_get_xml_desc_args. */
public record StoragePoolGetXmlDescArgs(NonnullStoragePool pool, int flags) {
}
