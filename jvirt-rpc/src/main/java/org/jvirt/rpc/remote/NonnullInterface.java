package org.jvirt.rpc.remote;

import org.jvirt.spi.InterfaceRef;

/** remote_nonnull_interface: an interface as it crosses the wire, named by its name and MAC. */
public record NonnullInterface(String name, String mac) {

    public static NonnullInterface of(InterfaceRef ref) {
        return new NonnullInterface(ref.name(), ref.mac());
    }

    public InterfaceRef ref() {
        return new InterfaceRef(name, mac);
    }
}
