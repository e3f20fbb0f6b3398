package org.jvirt.rpc.remote;

/** remote_nwfilter_binding_get_xml_desc_args. */
public record NwfilterBindingGetXmlDescArgs(NonnullNwfilterBinding nwfilter, int flags) {
}
