package org.jvirt.driver.test;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.DomainStatsRecord;
import org.jvirt.TypedParameter;
import org.jvirt.core.DomainObj;
import org.jvirt.core.DomainObjList;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * virConnectGetAllDomainStats / virDomainListGetStats as libvirt 9.0's test driver: only the "state" group
 * (state.state, state.reason); other groups give empty records, or an error with ENFORCE_STATS. The list
 * filters apply to a given list of domains too.
 */
interface TestDomainStatsOps extends HypervisorDriver {

    TestDriver driver();

    /** VIR_DOMAIN_STATS_STATE: the only group this driver has. */
    int STATS_STATE = 1;
    /** VIR_CONNECT_GET_ALL_DOMAINS_STATS_ENFORCE_STATS. */
    int ENFORCE_STATS = 1 << 31;
    /** The list filter bits (VIR_CONNECT_LIST_DOMAINS_ACTIVE .. _OTHER). */
    int FILTERS = 0xff;

    @Override
    default List<DomainStatsRecord> connectGetAllDomainStats(List<DomainRef> doms, int stats, int flags) {
        int wanted = stats;
        if ((flags & ENFORCE_STATS) != 0 && (stats & ~STATS_STATE) != 0) {
            throw VirtException.of(ErrorCode.ARGUMENT_UNSUPPORTED, ErrorDomain.TEST,
                    "Stats types bits 0x%x are not supported by this daemon", stats & ~STATS_STATE);
        }
        wanted = wanted == 0 ? STATS_STATE : wanted & STATS_STATE;
        List<DomainObj> objs = new ArrayList<>();
        if (doms == null) {
            objs.addAll(driver().domains.listAll(flags & FILTERS));
        } else {
            for (DomainRef r : doms) {
                DomainObj o = driver().domains.findByUUID(r.uuid());
                if (o == null) {
                    throw TestDriver.noDomainUuid(r.uuid(), r.name());
                }
                if (DomainObjList.matches(o, flags & FILTERS)) {
                    objs.add(o);
                }
            }
        }
        List<DomainStatsRecord> out = new ArrayList<>();
        for (DomainObj o : objs) {
            o.lock();
            try {
                if (o.isRemoved()) {
                    continue;
                }
                List<TypedParameter> params = new ArrayList<>();
                if ((wanted & STATS_STATE) != 0) {
                    params.add(new TypedParameter.Int("state.state", o.state().value()));
                    params.add(new TypedParameter.Int("state.reason", o.reason()));
                }
                out.add(new DomainStatsRecord(o.ref(), params));
            } finally {
                o.unlock();
            }
        }
        return out;
    }
}
