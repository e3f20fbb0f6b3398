package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_domain_managed_save_define_xml_args. */
public record DomainManagedSaveDefineXmlArgs(NonnullDomain dom, @XdrOptional String dxml, int flags) {
}
