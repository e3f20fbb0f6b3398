package org.jvirt.conf.network;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code <forward>}: the mode, {@code managed} for hostdev pools, the {@code <driver name>} ("kvm", "vfio" or null
 * for libvirt's default), the pool (interfaces by name, the {@code dev} attribute being the first of them as
 * libvirt stores it, or PCI addresses), the SR-IOV physical function {@code <pf dev>}, and NAT settings.
 */
public record ForwardDef(ForwardMode mode, boolean managed, String driverName, List<ForwardIf> ifs, String pf,
        NatDef nat) {

    public static final ForwardDef NONE = new ForwardDef(ForwardMode.NONE, false, null, List.of(), null, NatDef.NONE);

    public ForwardDef {
        ifs = List.copyOf(ifs);
        nat = nat == null ? NatDef.NONE : nat;
    }

    /** The shape from before PCI pools and pf: (mode, interface names, nat, managed). */
    public ForwardDef(ForwardMode mode, List<String> interfaces, NatDef nat, boolean managed) {
        this(mode, managed, null, netDevs(interfaces), null, nat);
    }

    /** A simple {@code <forward mode=M [dev=D]/>}. */
    public static ForwardDef of(ForwardMode mode, String dev) {
        return new ForwardDef(mode, dev == null ? List.of() : List.of(dev), NatDef.NONE, false);
    }

    private static List<ForwardIf> netDevs(List<String> names) {
        List<ForwardIf> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(new ForwardIf.NetDev(n, 0));
        }
        return out;
    }

    /** The {@code dev} attribute as libvirt prints it: the first pool member if it is an interface, unless a pf is set. */
    public String dev() {
        if (pf != null || ifs.isEmpty()) {
            return null;
        }
        return ifs.get(0) instanceof ForwardIf.NetDev d ? d.dev() : null;
    }

    /** The names of the pool's interfaces (PCI members left out). */
    public List<String> interfaces() {
        List<String> out = new ArrayList<>(ifs.size());
        for (ForwardIf f : ifs) {
            if (f instanceof ForwardIf.NetDev d) {
                out.add(d.dev());
            }
        }
        return out;
    }
}
