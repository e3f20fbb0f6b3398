package org.jvirt.conf.checkpoint;

import java.util.function.LongSupplier;
import org.jvirt.conf.domain.DomainParseOptions;

/**
 * How to read a checkpoint document (VIR_DOMAIN_CHECKPOINT_PARSE_REDEFINE plus the driver's options).
 *
 * @param redefine the document describes an existing checkpoint: creationTime, parent and domain are read;
 *                 otherwise they are ignored and post-parse fills the time and the default name
 * @param domainOptions the options the embedded {@code <domain>} is parsed with
 * @param clock the wall clock in seconds (a seam for tests)
 */
public record CheckpointParseOptions(boolean redefine, DomainParseOptions domainOptions, LongSupplier clock) {

    public static CheckpointParseOptions create(DomainParseOptions domainOptions) {
        return new CheckpointParseOptions(false, domainOptions, () -> System.currentTimeMillis() / 1000);
    }

    public CheckpointParseOptions withRedefine(boolean r) {
        return new CheckpointParseOptions(r, domainOptions, clock);
    }

    public CheckpointParseOptions withClock(LongSupplier c) {
        return new CheckpointParseOptions(redefine, domainOptions, c);
    }
}
