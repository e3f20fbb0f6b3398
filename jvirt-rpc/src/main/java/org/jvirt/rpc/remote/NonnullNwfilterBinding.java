package org.jvirt.rpc.remote;

/** remote_nonnull_nwfilter_binding. */
public record NonnullNwfilterBinding(String portdev, String filtername) {
}
