package org.jvirt.rpc.remote;

/** remote_storage_vol_create_xml_from_ret. */
public record StorageVolCreateXmlFromRet(NonnullStorageVol vol) {
}
