package org.jvirt.conf.network;

import java.util.List;

/**
 * {@code <forward>}: the mode, the forward devices (the {@code dev} attribute is the first of them, as
 * libvirt stores it), NAT settings, and {@code managed} for hostdev pools.
 */
public record ForwardDef(ForwardMode mode, List<String> interfaces, NatDef nat, boolean managed) {

    public static final ForwardDef NONE = new ForwardDef(ForwardMode.NONE, List.of(), NatDef.NONE, false);

    public ForwardDef {
        interfaces = List.copyOf(interfaces);
        nat = nat == null ? NatDef.NONE : nat;
    }

    /** A simple {@code <forward mode=M [dev=D]/>}. */
    public static ForwardDef of(ForwardMode mode, String dev) {
        return new ForwardDef(mode, dev == null ? List.of() : List.of(dev), NatDef.NONE, false);
    }

    /** The {@code dev} attribute: the first forward interface, or null. */
    public String dev() {
        return interfaces.isEmpty() ? null : interfaces.get(0);
    }
}
