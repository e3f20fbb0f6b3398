package org.jvirt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jvirt.error.ErrorDomain;
import org.jvirt.spi.HypervisorDriver;

/**
 * What a snapshot and a checkpoint handle share (libvirt's moment tree): the domain handle the moment was reached
 * through, its name, identity by both, and the read-only refusal of their XML getters. Package-private: the public
 * types stay {@link DomainSnapshot} and {@link DomainCheckpoint}.
 */
abstract sealed class DomainMoment permits DomainSnapshot, DomainCheckpoint {

    private final Domain domain;
    private final String name;

    DomainMoment(Domain domain, String name) {
        this.domain = Objects.requireNonNull(domain);
        this.name = name;
    }

    /** Handles for a driver's list of refs, made by {@code of} (on the domain handle the call was made through). */
    static <R, H> List<H> handles(List<R> refs, Function<R, H> of) {
        List<H> out = new ArrayList<>(refs.size());
        for (R r : refs) {
            out.add(of.apply(r));
        }
        return out;
    }

    /** virDomainSnapshotGetName, virDomainCheckpointGetName. */
    public String getName() {
        return name;
    }

    /** virDomainSnapshotGetDomain, virDomainCheckpointGetDomain. */
    public Domain getDomain() {
        return domain;
    }

    /** virDomainSnapshotGetConnect, virDomainCheckpointGetConnect. */
    public Connect getConnect() {
        return domain.getConnect();
    }

    HypervisorDriver hv() {
        return domain.getConnect().hv();
    }

    /** The XML getter's refusal of the SECURE flag (1 in both families) on read-only connections. */
    void denySecureOnReadOnly(ErrorDomain errorDomain, int flags, String fn) {
        Connect.denySecureOnReadOnly(getConnect(), errorDomain, flags, fn);
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((DomainMoment) o).domain.equals(domain)
                && ((DomainMoment) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return domain.hashCode() * 31 + name.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + domain.getName() + "/" + name + "]";
    }
}
