package org.jvirt.rpc.remote;

/** remote_nwfilter_binding_create_xml_args. */
public record NwfilterBindingCreateXmlArgs(String xml, int flags) {
}
