package org.jvirt.rpc.remote;

/** remote_nwfilter_define_xml_flags_ret. */
public record NwfilterDefineXmlFlagsRet(NonnullNwfilter nwfilter) {
}
