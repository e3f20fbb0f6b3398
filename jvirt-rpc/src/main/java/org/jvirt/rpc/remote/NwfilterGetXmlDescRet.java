package org.jvirt.rpc.remote;

/** remote_nwfilter_get_xml_desc_ret. */
public record NwfilterGetXmlDescRet(String xml) {
}
