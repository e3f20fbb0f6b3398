package org.jvirt.rpc.remote;

/** remote_nwfilter_define_xml_ret. */
public record NwfilterDefineXmlRet(NonnullNwfilter nwfilter) {
}
