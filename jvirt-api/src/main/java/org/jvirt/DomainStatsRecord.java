package org.jvirt;

import java.util.List;
import org.jvirt.spi.DomainRef;

/** virDomainStatsRecord: one domain and its statistics as typed parameters ("state.state", "vcpu.0.time", ...). */
public record DomainStatsRecord(DomainRef dom, List<TypedParameter> params) {

    public DomainStatsRecord {
        params = List.copyOf(params);
    }
}
