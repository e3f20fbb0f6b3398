package org.jvirt.rpc.remote;

/** remote_storage_vol_create_xml_ret. */
public record StorageVolCreateXmlRet(NonnullStorageVol vol) {
}
