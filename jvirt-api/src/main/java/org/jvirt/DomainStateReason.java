package org.jvirt;

/**
 * A domain state together with its reason, as virDomainGetState returns it. The reason is the raw
 * number of the per-state reason enum (virDomainRunningReason, virDomainPausedReason, ...), see
 * {@link StateReasons} for their names.
 */
public record DomainStateReason(DomainState state, int reason) {
}
