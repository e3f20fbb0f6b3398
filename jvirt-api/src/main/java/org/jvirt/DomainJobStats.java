package org.jvirt;

import java.util.List;

/** virDomainGetJobStats: the job type (virDomainJobType) and the job's typed parameters. */
public record DomainJobStats(int type, List<TypedParameter> params) {

    public DomainJobStats {
        params = List.copyOf(params);
    }
}
