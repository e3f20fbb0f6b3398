package org.jvirt.rpc.remote;

/** remote_nwfilter_binding_create_xml_ret. */
public record NwfilterBindingCreateXmlRet(NonnullNwfilterBinding nwfilter) {
}
