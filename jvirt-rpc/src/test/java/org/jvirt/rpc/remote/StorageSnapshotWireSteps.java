package org.jvirt.rpc.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirt.rpc.remote.DomainSnapshotProcedures.*;
import static org.jvirt.rpc.remote.StorageProcedures.*;

import org.jvirt.rpc.xdr.XdrVoid;

/**
 * The storage pool, volume and snapshot procedures against the real libvirtd (LibvirtdProceduresWireTest runs
 * these steps, so its every-procedure check covers them). Only objects named after {@code unique} are created,
 * and each is removed again: other suites share the daemon's test:///default.
 */
final class StorageSnapshotWireSteps {

    // virStoragePoolState, virStorageVolType, virStorageVolWipeAlgorithm: libvirt's values
    static final int POOL_INACTIVE = 0;
    static final int POOL_RUNNING = 2;
    static final int VOL_FILE = 0;
    static final int WIPE_ALG_ZERO = 0;
    static final int NO_STORAGE_POOL = 49;
    static final int NO_STORAGE_VOL = 50;
    static final int NO_DOMAIN_SNAPSHOT = 72;

    private StorageSnapshotWireSteps() {
    }

    static void pools(LibvirtdSession s, String unique) throws Exception {
        NonnullStoragePool def = s.call(STORAGE_POOL_LOOKUP_BY_NAME, new StoragePoolLookupByNameArgs("default-pool")).pool();
        assertThat(RemoteTypes.uuid(def.uuid())).hasToString("dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566");
        assertThat(s.call(STORAGE_POOL_LOOKUP_BY_UUID, new StoragePoolLookupByUuidArgs(def.uuid())).pool().name())
                .isEqualTo("default-pool");
        assertThat(s.call(CONNECT_LIST_ALL_STORAGE_POOLS, new ConnectListAllStoragePoolsArgs(1, 0)).pools())
                .extracting(NonnullStoragePool::name).contains("default-pool");
        ConnectListAllStoragePoolsRet counted = s.call(CONNECT_LIST_ALL_STORAGE_POOLS, new ConnectListAllStoragePoolsArgs(0, 0));
        assertThat(counted.pools()).isEmpty();
        assertThat(counted.ret()).isPositive();
        int active = s.call(CONNECT_NUM_OF_STORAGE_POOLS, XdrVoid.VOID).num();
        assertThat(s.call(CONNECT_LIST_STORAGE_POOLS, new ConnectListStoragePoolsArgs(active + 8)).names()).contains("default-pool");
        int inactive = s.call(CONNECT_NUM_OF_DEFINED_STORAGE_POOLS, XdrVoid.VOID).num();
        assertThat(s.call(CONNECT_LIST_DEFINED_STORAGE_POOLS, new ConnectListDefinedStoragePoolsArgs(inactive + 8)).names())
                .doesNotContain("default-pool");
        assertThat(s.call(CONNECT_FIND_STORAGE_POOL_SOURCES, new ConnectFindStoragePoolSourcesArgs("logical", null, 0)).xml())
                .contains("<sources>");
        // the test driver has no storage pool capabilities: the error names the API, so 403 is that procedure
        RemoteError caps = s.error(CONNECT_GET_STORAGE_POOL_CAPABILITIES, new ConnectGetStoragePoolCapabilitiesArgs(0));
        assertThat(caps.code()).isEqualTo(3);
        assertThat(caps.message()).isEqualTo("this function is not supported by the connection driver: "
                + "virConnectGetStoragePoolCapabilities");
        assertThat(s.call(STORAGE_POOL_GET_XML_DESC, new StoragePoolGetXmlDescArgs(def, 0)).xml())
                .contains("<name>default-pool</name>");
        assertThat(s.call(STORAGE_POOL_IS_ACTIVE, new StoragePoolIsActiveArgs(def)).active()).isOne();
        assertThat(s.call(STORAGE_POOL_IS_PERSISTENT, new StoragePoolIsPersistentArgs(def)).persistent()).isOne();
        assertThat(s.call(STORAGE_POOL_GET_AUTOSTART, new StoragePoolGetAutostartArgs(def)).autostart()).isZero();
        assertThat(s.error(STORAGE_POOL_LOOKUP_BY_NAME, new StoragePoolLookupByNameArgs(unique)).code()).isEqualTo(NO_STORAGE_POOL);

        NonnullStoragePool pool = s.call(STORAGE_POOL_DEFINE_XML, new StoragePoolDefineXmlArgs(poolXml(unique), 0)).pool();
        try {
            assertThat(pool.name()).isEqualTo(unique);
            StoragePoolGetInfoRet off = s.call(STORAGE_POOL_GET_INFO, new StoragePoolGetInfoArgs(pool));
            assertThat(off.state()).isEqualTo(POOL_INACTIVE);
            s.call(STORAGE_POOL_BUILD, new StoragePoolBuildArgs(pool, 0));
            s.call(STORAGE_POOL_CREATE, new StoragePoolCreateArgs(pool, 0));
            StoragePoolGetInfoRet on = s.call(STORAGE_POOL_GET_INFO, new StoragePoolGetInfoArgs(pool));
            assertThat(on.state()).isEqualTo(POOL_RUNNING);
            assertThat(on.capacity()).isPositive();
            assertThat(on.capacity()).isEqualTo(on.allocation() + on.available());
            s.call(STORAGE_POOL_SET_AUTOSTART, new StoragePoolSetAutostartArgs(pool, 1));
            assertThat(s.call(STORAGE_POOL_GET_AUTOSTART, new StoragePoolGetAutostartArgs(pool)).autostart()).isOne();
            s.call(STORAGE_POOL_REFRESH, new StoragePoolRefreshArgs(pool, 0));
            volumes(s, pool, unique);
            s.call(STORAGE_POOL_DESTROY, new StoragePoolDestroyArgs(pool));
            s.call(STORAGE_POOL_DELETE, new StoragePoolDeleteArgs(pool, 0));
        } finally {
            if (s.call(STORAGE_POOL_IS_ACTIVE, new StoragePoolIsActiveArgs(pool)).active() == 1) {
                s.call(STORAGE_POOL_DESTROY, new StoragePoolDestroyArgs(pool));
            }
            s.call(STORAGE_POOL_UNDEFINE, new StoragePoolUndefineArgs(pool));
        }
        NonnullStoragePool transientPool = s.call(STORAGE_POOL_CREATE_XML, new StoragePoolCreateXmlArgs(poolXml(unique), 0)).pool();
        assertThat(s.call(STORAGE_POOL_IS_PERSISTENT, new StoragePoolIsPersistentArgs(transientPool)).persistent()).isZero();
        s.call(STORAGE_POOL_DESTROY, new StoragePoolDestroyArgs(transientPool));
        assertThat(s.error(STORAGE_POOL_LOOKUP_BY_NAME, new StoragePoolLookupByNameArgs(unique)).code()).isEqualTo(NO_STORAGE_POOL);
    }

    private static void volumes(LibvirtdSession s, NonnullStoragePool pool, String unique) throws Exception {
        NonnullStorageVol vol = s.call(STORAGE_VOL_CREATE_XML, new StorageVolCreateXmlArgs(pool, volXml("v1.img"), 0)).vol();
        assertThat(vol.pool()).isEqualTo(unique);
        assertThat(vol.name()).isEqualTo("v1.img");
        assertThat(vol.key()).isEqualTo("/" + unique + "/v1.img");
        NonnullStorageVol clone = s.call(STORAGE_VOL_CREATE_XML_FROM,
                new StorageVolCreateXmlFromArgs(pool, volXml("v2.img"), vol, 0)).vol();
        assertThat(clone.name()).isEqualTo("v2.img");
        assertThat(s.call(STORAGE_POOL_NUM_OF_VOLUMES, new StoragePoolNumOfVolumesArgs(pool)).num()).isEqualTo(2);
        assertThat(s.call(STORAGE_POOL_LIST_VOLUMES, new StoragePoolListVolumesArgs(pool, 8)).names())
                .containsExactlyInAnyOrder("v1.img", "v2.img");
        StoragePoolListAllVolumesRet all = s.call(STORAGE_POOL_LIST_ALL_VOLUMES, new StoragePoolListAllVolumesArgs(pool, 1, 0));
        assertThat(all.ret()).isEqualTo(2);
        assertThat(all.vols()).extracting(NonnullStorageVol::key).containsExactlyInAnyOrder(vol.key(), clone.key());
        assertThat(s.call(STORAGE_VOL_LOOKUP_BY_NAME, new StorageVolLookupByNameArgs(pool, "v1.img")).vol().key())
                .isEqualTo(vol.key());
        assertThat(s.call(STORAGE_VOL_LOOKUP_BY_KEY, new StorageVolLookupByKeyArgs(vol.key())).vol().name()).isEqualTo("v1.img");
        String path = s.call(STORAGE_VOL_GET_PATH, new StorageVolGetPathArgs(vol)).name();
        // libvirt's test driver has no volume transfers: each refusal names its API, so 208 and 209 are those
        // stream calls and their arguments decoded (no stream is set up after an error reply)
        RemoteError up = s.error(STORAGE_VOL_UPLOAD, new StorageVolUploadArgs(vol, 5, -1, 1));
        assertThat(up.code()).isEqualTo(3);
        assertThat(up.message()).endsWith(": virStorageVolUpload");
        RemoteError down = s.error(STORAGE_VOL_DOWNLOAD, new StorageVolDownloadArgs(vol, 0, 0, 0));
        assertThat(down.code()).isEqualTo(3);
        assertThat(down.message()).endsWith(": virStorageVolDownload");
        assertThat(path).isEqualTo("/" + unique + "/v1.img");
        assertThat(s.call(STORAGE_VOL_LOOKUP_BY_PATH, new StorageVolLookupByPathArgs(path)).vol().pool()).isEqualTo(unique);
        assertThat(s.call(STORAGE_POOL_LOOKUP_BY_VOLUME, new StoragePoolLookupByVolumeArgs(vol)).pool().name()).isEqualTo(unique);
        StorageVolGetInfoRet info = s.call(STORAGE_VOL_GET_INFO, new StorageVolGetInfoArgs(vol));
        assertThat(info.type()).isEqualTo(VOL_FILE);
        assertThat(info.capacity()).isEqualTo(1048576);
        assertThat(s.call(STORAGE_VOL_GET_XML_DESC, new StorageVolGetXmlDescArgs(vol, 0)).xml()).contains("<name>v1.img</name>");
        // the test driver has no resize and no wipe: the arguments still decode on the server
        assertThat(s.error(STORAGE_VOL_RESIZE, new StorageVolResizeArgs(vol, 2097152, 0)).code()).isEqualTo(3);
        s.error(STORAGE_VOL_WIPE, new StorageVolWipeArgs(vol, 0));
        RemoteError infoFlags = s.error(STORAGE_VOL_GET_INFO_FLAGS, new StorageVolGetInfoFlagsArgs(vol, 1));
        assertThat(infoFlags.message()).endsWith(": virStorageVolGetInfoFlags");
        s.error(STORAGE_VOL_WIPE_PATTERN, new StorageVolWipePatternArgs(vol, WIPE_ALG_ZERO, 0));
        s.call(STORAGE_VOL_DELETE, new StorageVolDeleteArgs(clone, 0));
        s.call(STORAGE_VOL_DELETE, new StorageVolDeleteArgs(vol, 0));
        assertThat(s.error(STORAGE_VOL_LOOKUP_BY_KEY, new StorageVolLookupByKeyArgs(vol.key())).code()).isEqualTo(NO_STORAGE_VOL);
    }

    static void snapshots(LibvirtdSession s, NonnullDomain dom) throws Exception {
        assertThat(s.call(DOMAIN_HAS_CURRENT_SNAPSHOT, new DomainHasCurrentSnapshotArgs(dom, 0)).result()).isZero();
        assertThat(s.error(DOMAIN_SNAPSHOT_CURRENT, new DomainSnapshotCurrentArgs(dom, 0)).code()).isEqualTo(NO_DOMAIN_SNAPSHOT);
        NonnullDomainSnapshot a = s.call(DOMAIN_SNAPSHOT_CREATE_XML,
                new DomainSnapshotCreateXmlArgs(dom, "<domainsnapshot><name>a</name></domainsnapshot>", 0)).snap();
        assertThat(a.name()).isEqualTo("a");
        assertThat(a.dom().name()).isEqualTo(dom.name());
        NonnullDomainSnapshot b = s.call(DOMAIN_SNAPSHOT_CREATE_XML,
                new DomainSnapshotCreateXmlArgs(dom, "<domainsnapshot><name>b</name><description>d</description></domainsnapshot>", 0))
                .snap();
        assertThat(s.call(DOMAIN_SNAPSHOT_CURRENT, new DomainSnapshotCurrentArgs(dom, 0)).snap().name()).isEqualTo("b");
        assertThat(s.call(DOMAIN_HAS_CURRENT_SNAPSHOT, new DomainHasCurrentSnapshotArgs(dom, 0)).result()).isOne();
        assertThat(s.call(DOMAIN_SNAPSHOT_LOOKUP_BY_NAME, new DomainSnapshotLookupByNameArgs(dom, "a", 0)).snap().name())
                .isEqualTo("a");
        assertThat(s.error(DOMAIN_SNAPSHOT_LOOKUP_BY_NAME, new DomainSnapshotLookupByNameArgs(dom, "nosuch", 0)).code())
                .isEqualTo(NO_DOMAIN_SNAPSHOT);
        assertThat(s.call(DOMAIN_SNAPSHOT_GET_XML_DESC, new DomainSnapshotGetXmlDescArgs(b, 0)).xml())
                .contains("<description>d</description>").contains("<parent>");
        assertThat(s.call(DOMAIN_SNAPSHOT_NUM, new DomainSnapshotNumArgs(dom, 0)).num()).isEqualTo(2);
        assertThat(s.call(DOMAIN_SNAPSHOT_LIST_NAMES, new DomainSnapshotListNamesArgs(dom, 8, 0)).names())
                .containsExactlyInAnyOrder("a", "b");
        DomainListAllSnapshotsRet all = s.call(DOMAIN_LIST_ALL_SNAPSHOTS, new DomainListAllSnapshotsArgs(dom, 1, 0));
        assertThat(all.ret()).isEqualTo(2);
        assertThat(all.snapshots()).extracting(NonnullDomainSnapshot::name).containsExactlyInAnyOrder("a", "b");
        assertThat(all.snapshots()).allMatch(x -> x.dom().name().equals(dom.name()));
        assertThat(s.call(DOMAIN_SNAPSHOT_GET_PARENT, new DomainSnapshotGetParentArgs(b, 0)).snap().name()).isEqualTo("a");
        assertThat(s.error(DOMAIN_SNAPSHOT_GET_PARENT, new DomainSnapshotGetParentArgs(a, 0)).code()).isEqualTo(NO_DOMAIN_SNAPSHOT);
        assertThat(s.call(DOMAIN_SNAPSHOT_NUM_CHILDREN, new DomainSnapshotNumChildrenArgs(a, 0)).num()).isOne();
        assertThat(s.call(DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES, new DomainSnapshotListChildrenNamesArgs(a, 8, 0)).names())
                .containsExactly("b");
        DomainSnapshotListAllChildrenRet children = s.call(DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN,
                new DomainSnapshotListAllChildrenArgs(a, 1, 0));
        assertThat(children.ret()).isOne();
        assertThat(children.snapshots()).extracting(NonnullDomainSnapshot::name).containsExactly("b");
        assertThat(s.call(DOMAIN_SNAPSHOT_IS_CURRENT, new DomainSnapshotIsCurrentArgs(a, 0)).current()).isZero();
        assertThat(s.call(DOMAIN_SNAPSHOT_IS_CURRENT, new DomainSnapshotIsCurrentArgs(b, 0)).current()).isOne();
        assertThat(s.call(DOMAIN_SNAPSHOT_HAS_METADATA, new DomainSnapshotHasMetadataArgs(a, 0)).metadata()).isOne();
        s.call(DOMAIN_REVERT_TO_SNAPSHOT, new DomainRevertToSnapshotArgs(a, 0));
        assertThat(s.call(DOMAIN_SNAPSHOT_CURRENT, new DomainSnapshotCurrentArgs(dom, 0)).snap().name()).isEqualTo("a");
        s.call(DOMAIN_SNAPSHOT_DELETE, new DomainSnapshotDeleteArgs(b, 0));
        s.call(DOMAIN_SNAPSHOT_DELETE, new DomainSnapshotDeleteArgs(a, 0));
        assertThat(s.call(DOMAIN_SNAPSHOT_NUM, new DomainSnapshotNumArgs(dom, 0)).num()).isZero();
    }

    static String poolXml(String name) {
        return "<pool type='dir'><name>" + name + "</name><target><path>/" + name + "</path></target></pool>";
    }

    static String volXml(String name) {
        return "<volume><name>" + name + "</name><capacity>1048576</capacity></volume>";
    }
}
