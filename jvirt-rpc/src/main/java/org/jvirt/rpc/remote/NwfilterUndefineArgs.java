package org.jvirt.rpc.remote;

/** remote_nwfilter_undefine_args. */
public record NwfilterUndefineArgs(NonnullNwfilter nwfilter) {
}
