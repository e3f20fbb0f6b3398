package org.jvirt.rpc.remote;

/** remote_nwfilter_binding_get_xml_desc_ret. */
public record NwfilterBindingGetXmlDescRet(String xml) {
}
