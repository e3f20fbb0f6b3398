package org.jvirt.driver.remote;

import java.util.List;
import org.jvirt.TypedParameter;
import org.jvirt.rpc.remote.*;
import org.jvirt.spi.DomainRef;
import org.jvirt.rpc.remote.DomainProcedures;
import org.jvirt.rpc.remote.DomainSnapshotProcedures;

/** Block jobs, block resize, migration tuning, backups and screenshots in the remote table. */
interface RemoteBlockJobOps extends RemoteTable {

    @Override
    default void domainBlockJobAbort(DomainRef dom, String disk, int flags) {
        rpc().call(DomainProcedures.DOMAIN_BLOCK_JOB_ABORT, new DomainBlockJobAbortArgs(RemoteWire.dom(dom), disk, flags));
    }

    @Override
    default BlockJobInfo domainGetBlockJobInfo(DomainRef dom, String disk, int flags) {
        DomainGetBlockJobInfoRet r = rpc().call(DomainProcedures.DOMAIN_GET_BLOCK_JOB_INFO,
                new DomainGetBlockJobInfoArgs(RemoteWire.dom(dom), disk, flags));
        return r.found() == 0 ? null : new BlockJobInfo(r.type(), r.bandwidth(), r.cur(), r.end());
    }

    @Override
    default void domainBlockJobSetSpeed(DomainRef dom, String disk, long bandwidth, int flags) {
        rpc().call(DomainProcedures.DOMAIN_BLOCK_JOB_SET_SPEED,
                new DomainBlockJobSetSpeedArgs(RemoteWire.dom(dom), disk, bandwidth, flags));
    }

    @Override
    default void domainBlockPull(DomainRef dom, String disk, long bandwidth, int flags) {
        rpc().call(DomainProcedures.DOMAIN_BLOCK_PULL, new DomainBlockPullArgs(RemoteWire.dom(dom), disk, bandwidth, flags));
    }

    @Override
    default void domainBlockRebase(DomainRef dom, String disk, String base, long bandwidth, int flags) {
        rpc().call(DomainProcedures.DOMAIN_BLOCK_REBASE,
                new DomainBlockRebaseArgs(RemoteWire.dom(dom), disk, base, bandwidth, flags));
    }

    @Override
    default void domainBlockCopy(DomainRef dom, String disk, String destxml, List<TypedParameter> params, int flags) {
        if (params.size() > RemoteLimits.DOMAIN_BLOCK_COPY_PARAMETERS_MAX) {
            throw RemoteFailures.limit("too many parameters");
        }
        rpc().call(DomainProcedures.DOMAIN_BLOCK_COPY, new DomainBlockCopyArgs(RemoteWire.dom(dom), disk, destxml,
                RemoteTypedParams.toWire(params), flags));
    }

    @Override
    default void domainBlockCommit(DomainRef dom, String disk, String base, String top, long bandwidth, int flags) {
        rpc().call(DomainProcedures.DOMAIN_BLOCK_COMMIT,
                new DomainBlockCommitArgs(RemoteWire.dom(dom), disk, base, top, bandwidth, flags));
    }

    @Override
    default void domainBlockResize(DomainRef dom, String disk, long size, int flags) {
        rpc().call(DomainProcedures.DOMAIN_BLOCK_RESIZE, new DomainBlockResizeArgs(RemoteWire.dom(dom), disk, size, flags));
    }

    @Override
    default void domainMigrateSetMaxDowntime(DomainRef dom, long downtime, int flags) {
        rpc().call(DomainProcedures.DOMAIN_MIGRATE_SET_MAX_DOWNTIME,
                new DomainMigrateSetMaxDowntimeArgs(RemoteWire.dom(dom), downtime, flags));
    }

    @Override
    default long domainMigrateGetMaxDowntime(DomainRef dom, int flags) {
        return rpc().call(DomainProcedures.DOMAIN_MIGRATE_GET_MAX_DOWNTIME,
                new DomainMigrateGetMaxDowntimeArgs(RemoteWire.dom(dom), flags)).downtime();
    }

    @Override
    default long domainMigrateGetCompressionCache(DomainRef dom, int flags) {
        return rpc().call(DomainProcedures.DOMAIN_MIGRATE_GET_COMPRESSION_CACHE,
                new DomainMigrateGetCompressionCacheArgs(RemoteWire.dom(dom), flags)).cacheSize();
    }

    @Override
    default void domainMigrateSetCompressionCache(DomainRef dom, long cacheSize, int flags) {
        rpc().call(DomainProcedures.DOMAIN_MIGRATE_SET_COMPRESSION_CACHE,
                new DomainMigrateSetCompressionCacheArgs(RemoteWire.dom(dom), cacheSize, flags));
    }

    @Override
    default void domainMigrateSetMaxSpeed(DomainRef dom, long bandwidth, int flags) {
        rpc().call(DomainProcedures.DOMAIN_MIGRATE_SET_MAX_SPEED,
                new DomainMigrateSetMaxSpeedArgs(RemoteWire.dom(dom), bandwidth, flags));
    }

    @Override
    default long domainMigrateGetMaxSpeed(DomainRef dom, int flags) {
        return rpc().call(DomainProcedures.DOMAIN_MIGRATE_GET_MAX_SPEED,
                new DomainMigrateGetMaxSpeedArgs(RemoteWire.dom(dom), flags)).bandwidth();
    }

    @Override
    default void domainMigrateStartPostCopy(DomainRef dom, int flags) {
        rpc().call(DomainProcedures.DOMAIN_MIGRATE_START_POST_COPY,
                new DomainMigrateStartPostCopyArgs(RemoteWire.dom(dom), flags));
    }

    @Override
    default void domainBackupBegin(DomainRef dom, String backupXml, String checkpointXml, int flags) {
        rpc().call(DomainSnapshotProcedures.DOMAIN_BACKUP_BEGIN,
                new DomainBackupBeginArgs(RemoteWire.dom(dom), backupXml, checkpointXml, flags));
    }

    @Override
    default String domainBackupGetXMLDesc(DomainRef dom, int flags) {
        return rpc().call(DomainSnapshotProcedures.DOMAIN_BACKUP_GET_XML_DESC,
                new DomainBackupGetXmlDescArgs(RemoteWire.dom(dom), flags)).xml();
    }

    @Override
    default Screenshot domainScreenshot(DomainRef dom, int screen, int flags) {
        var opened = rpc().openStreamWithResult(DomainProcedures.DOMAIN_SCREENSHOT,
                new DomainScreenshotArgs(RemoteWire.dom(dom), screen, flags));
        return new Screenshot(opened.getKey(), opened.getValue().mime());
    }
}
