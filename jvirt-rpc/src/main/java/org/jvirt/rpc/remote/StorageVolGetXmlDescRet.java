package org.jvirt.rpc.remote;

/** remote_storage_vol_get_xml_desc_ret. */
public record StorageVolGetXmlDescRet(String xml) {
}
