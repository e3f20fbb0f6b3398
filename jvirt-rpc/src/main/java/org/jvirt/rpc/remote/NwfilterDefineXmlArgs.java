package org.jvirt.rpc.remote;

/** remote_nwfilter_define_xml_args. */
public record NwfilterDefineXmlArgs(String xml) {
}
