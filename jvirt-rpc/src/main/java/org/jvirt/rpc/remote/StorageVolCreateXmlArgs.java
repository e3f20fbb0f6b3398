package org.jvirt.rpc.remote;

/** remote_storage_vol_create_xml_args. */
public record StorageVolCreateXmlArgs(NonnullStoragePool pool, String xml, int flags) {
}
