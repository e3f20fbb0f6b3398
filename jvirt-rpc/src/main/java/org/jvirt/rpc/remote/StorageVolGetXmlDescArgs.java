package org.jvirt.rpc.remote;

/** remote_storage_vol_get_xml_desc_args. */
public record StorageVolGetXmlDescArgs(NonnullStorageVol vol, int flags) {
}
