package org.jvirt.rpc.remote;

/** remote_nwfilter_define_xml_flags_args. */
public record NwfilterDefineXmlFlagsArgs(String xml, int flags) {
}
