package org.jvirt;

import org.jvirt.spi.DomainRef;

/**
 * What the {@code Domain*Calls} families need from the handle they are split out of: its connection and the
 * identity the drivers see, both implemented by {@link Domain}.
 */
sealed interface DomainCalls permits DomainSaveCalls, DomainResourceCalls, DomainDeviceCalls, DomainMonitorCalls,
        DomainTuningCalls, DomainGuestCalls, DomainJobCalls, DomainMomentCalls {

    Connect getConnect();

    DomainRef ref();
}
