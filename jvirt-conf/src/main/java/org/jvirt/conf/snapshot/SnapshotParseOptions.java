package org.jvirt.conf.snapshot;

import java.util.function.LongSupplier;
import org.jvirt.conf.domain.DomainParseOptions;

/**
 * How to read a snapshot document (libvirt's VIR_DOMAIN_SNAPSHOT_PARSE_* flags plus the driver's options).
 *
 * @param redefine PARSE_REDEFINE: the document describes an existing snapshot (creationTime, state, parent,
 *                 domain are read); otherwise they are ignored and post-parse fills time and default name
 * @param internal PARSE_INTERNAL: the driver's own saved form, with {@code <active>}
 * @param domainOptions the options the embedded {@code <domain>} is parsed with
 * @param clock the wall clock in seconds, for creationTime (a seam for tests)
 * @param validateSchema VIR_DOMAIN_SNAPSHOT_PARSE_VALIDATE: the document is checked against domainsnapshot.rng first
 */
public record SnapshotParseOptions(boolean redefine, boolean internal, DomainParseOptions domainOptions,
        LongSupplier clock, boolean validateSchema) {

    public static SnapshotParseOptions create(DomainParseOptions domainOptions) {
        return new SnapshotParseOptions(false, false, domainOptions, () -> System.currentTimeMillis() / 1000, false);
    }

    public SnapshotParseOptions withRedefine(boolean r) {
        return new SnapshotParseOptions(r, internal, domainOptions, clock, validateSchema);
    }

    public SnapshotParseOptions withInternal(boolean i) {
        return new SnapshotParseOptions(redefine, i, domainOptions, clock, validateSchema);
    }

    public SnapshotParseOptions withClock(LongSupplier c) {
        return new SnapshotParseOptions(redefine, internal, domainOptions, c, validateSchema);
    }

    /** VIR_DOMAIN_SNAPSHOT_CREATE_VALIDATE: check the document against domainsnapshot.rng first. */
    public SnapshotParseOptions withValidateSchema(boolean v) {
        return new SnapshotParseOptions(redefine, internal, domainOptions, clock, v);
    }
}
