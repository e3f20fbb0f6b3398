package org.jvirt.rpc.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirt.rpc.remote.StorageProcedures.*;

/**
 * Storage pool event registrations against libvirtd's test driver: a lifecycle registration for every pool and a
 * refresh registration filtered on this test's pool (the optional pool argument present), then the events a
 * pool's define, build, start, refresh, destroy, delete and undefine raise, each with its registration's id.
 */
final class PoolEventWireSteps {

    static final int DEFINED = 0;
    static final int UNDEFINED = 1;
    static final int STARTED = 2;
    static final int STOPPED = 3;
    static final int CREATED = 4;
    static final int DELETED = 5;

    private PoolEventWireSteps() {
    }

    static void run(LibvirtdSession s, String unique) throws Exception {
        int lifecycle = s.call(CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY,
                new ConnectStoragePoolEventRegisterAnyArgs(0, null)).callbackID();
        NonnullStoragePool pool = s.call(STORAGE_POOL_DEFINE_XML,
                new StoragePoolDefineXmlArgs(StorageSnapshotWireSteps.poolXml(unique), 0)).pool();
        int refresh = s.call(CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY,
                new ConnectStoragePoolEventRegisterAnyArgs(1, pool)).callbackID();
        assertThat(refresh).isNotEqualTo(lifecycle);
        try {
            assertThat(awaitOwn(s, lifecycle, unique).event()).isEqualTo(DEFINED);
            s.call(STORAGE_POOL_BUILD, new StoragePoolBuildArgs(pool, 0));
            assertThat(awaitOwn(s, lifecycle, unique).event()).isEqualTo(CREATED);
            s.call(STORAGE_POOL_CREATE, new StoragePoolCreateArgs(pool, 0));
            assertThat(awaitOwn(s, lifecycle, unique).event()).isEqualTo(STARTED);
            s.call(STORAGE_POOL_REFRESH, new StoragePoolRefreshArgs(pool, 0));
            StoragePoolEventRefreshMsg r = s.awaitEvent(STORAGE_POOL_EVENT_REFRESH);
            assertThat(r.callbackID()).isEqualTo(refresh);
            assertThat(r.pool().name()).isEqualTo(unique);
            s.call(STORAGE_POOL_DESTROY, new StoragePoolDestroyArgs(pool));
            assertThat(awaitOwn(s, lifecycle, unique).event()).isEqualTo(STOPPED);
            s.call(STORAGE_POOL_DELETE, new StoragePoolDeleteArgs(pool, 0));
            assertThat(awaitOwn(s, lifecycle, unique).event()).isEqualTo(DELETED);
        } finally {
            s.call(STORAGE_POOL_UNDEFINE, new StoragePoolUndefineArgs(pool));
        }
        StoragePoolEventLifecycleMsg last = awaitOwn(s, lifecycle, unique);
        assertThat(last.event()).isEqualTo(UNDEFINED);
        assertThat(last.detail()).isZero();
        s.call(CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY, new ConnectStoragePoolEventDeregisterAnyArgs(refresh));
        s.call(CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY, new ConnectStoragePoolEventDeregisterAnyArgs(lifecycle));
    }

    /** The next lifecycle message about this test's pool (other tests' pools may come in between). */
    private static StoragePoolEventLifecycleMsg awaitOwn(LibvirtdSession s, int callback, String unique) throws Exception {
        while (true) {
            StoragePoolEventLifecycleMsg m = s.awaitEvent(STORAGE_POOL_EVENT_LIFECYCLE);
            assertThat(m.callbackID()).isEqualTo(callback);
            if (m.pool().name().equals(unique)) {
                return m;
            }
        }
    }
}
