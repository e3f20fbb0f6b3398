package org.jvirt.rpc.remote;

/** remote_nwfilter_get_xml_desc_args. */
public record NwfilterGetXmlDescArgs(NonnullNwfilter nwfilter, int flags) {
}
