package org.jvirt.rpc.remote;

/** remote_nwfilter_binding_delete_args. */
public record NwfilterBindingDeleteArgs(NonnullNwfilterBinding nwfilter) {
}
