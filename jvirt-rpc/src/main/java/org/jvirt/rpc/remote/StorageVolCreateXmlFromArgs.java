package org.jvirt.rpc.remote;

/** remote_storage_vol_create_xml_from_args. */
public record StorageVolCreateXmlFromArgs(
        NonnullStoragePool pool, String xml, NonnullStorageVol clonevol, int flags) {
}
