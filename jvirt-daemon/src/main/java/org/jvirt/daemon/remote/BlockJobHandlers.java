package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.DomainProcedures.*;
import static org.jvirt.rpc.remote.DomainSnapshotProcedures.*;

import org.jvirt.Stream;
import org.jvirt.rpc.remote.DomainBackupGetXmlDescRet;
import org.jvirt.rpc.remote.DomainGetBlockJobInfoRet;
import org.jvirt.rpc.remote.DomainMigrateGetCompressionCacheRet;
import org.jvirt.rpc.remote.DomainMigrateGetMaxDowntimeRet;
import org.jvirt.rpc.remote.DomainMigrateGetMaxSpeedRet;
import org.jvirt.rpc.remote.DomainScreenshotRet;
import org.jvirt.rpc.remote.RemoteTypedParams;
import org.jvirt.rpc.xdr.XdrVoid;

/**
 * Block jobs, block resize, migration tuning, backups and the screenshot stream, each one call on the client's
 * Domain. A block job query without a job answers found=0, as remoteDispatchDomainGetBlockJobInfo does.
 */
final class BlockJobHandlers {

    private BlockJobHandlers() {
    }

    static void register(HandlerTable t) {
        t.on(DOMAIN_BLOCK_JOB_ABORT, (c, a) -> {
            c.domain(a.dom()).blockJobAbort(a.path(), a.flags());
            return XdrVoid.VOID;
        });
        t.on(DOMAIN_GET_BLOCK_JOB_INFO, (c, a) -> {
            var info = c.domain(a.dom()).getBlockJobInfo(a.path(), a.flags());
            return info == null ? new DomainGetBlockJobInfoRet(0, 0, 0, 0, 0)
                    : new DomainGetBlockJobInfoRet(1, info.type(), info.bandwidth(), info.cur(), info.end());
        });
        t.on(DOMAIN_BLOCK_JOB_SET_SPEED, (c, a) -> {
            c.domain(a.dom()).blockJobSetSpeed(a.path(), a.bandwidth(), a.flags());
            return XdrVoid.VOID;
        });
        t.on(DOMAIN_BLOCK_PULL, (c, a) -> {
            c.domain(a.dom()).blockPull(a.path(), a.bandwidth(), a.flags());
            return XdrVoid.VOID;
        });
        t.on(DOMAIN_BLOCK_REBASE, (c, a) -> {
            c.domain(a.dom()).blockRebase(a.path(), a.base(), a.bandwidth(), a.flags());
            return XdrVoid.VOID;
        });
        t.on(DOMAIN_BLOCK_COPY, (c, a) -> {
            c.domain(a.dom()).blockCopy(a.path(), a.destxml(), RemoteTypedParams.fromWire(a.params()), a.flags());
            return XdrVoid.VOID;
        });
        t.on(DOMAIN_BLOCK_COMMIT, (c, a) -> {
            c.domain(a.dom()).blockCommit(a.disk(), a.base(), a.top(), a.bandwidth(), a.flags());
            return XdrVoid.VOID;
        });
        t.on(DOMAIN_BLOCK_RESIZE, (c, a) -> {
            c.domain(a.dom()).blockResize(a.disk(), a.size(), a.flags());
            return XdrVoid.VOID;
        });
        t.on(DOMAIN_MIGRATE_SET_MAX_DOWNTIME, (c, a) -> {
            c.domain(a.dom()).migrateSetMaxDowntime(a.downtime(), a.flags());
            return XdrVoid.VOID;
        });
        t.on(DOMAIN_MIGRATE_GET_MAX_DOWNTIME, (c, a) ->
                new DomainMigrateGetMaxDowntimeRet(c.domain(a.dom()).migrateGetMaxDowntime(a.flags())));
        t.on(DOMAIN_MIGRATE_GET_COMPRESSION_CACHE, (c, a) ->
                new DomainMigrateGetCompressionCacheRet(c.domain(a.dom()).migrateGetCompressionCache(a.flags())));
        t.on(DOMAIN_MIGRATE_SET_COMPRESSION_CACHE, (c, a) -> {
            c.domain(a.dom()).migrateSetCompressionCache(a.cacheSize(), a.flags());
            return XdrVoid.VOID;
        });
        t.on(DOMAIN_MIGRATE_SET_MAX_SPEED, (c, a) -> {
            c.domain(a.dom()).migrateSetMaxSpeed(a.bandwidth(), a.flags());
            return XdrVoid.VOID;
        });
        t.on(DOMAIN_MIGRATE_GET_MAX_SPEED, (c, a) ->
                new DomainMigrateGetMaxSpeedRet(c.domain(a.dom()).migrateGetMaxSpeed(a.flags())));
        t.on(DOMAIN_MIGRATE_START_POST_COPY, (c, a) -> {
            c.domain(a.dom()).migrateStartPostCopy(a.flags());
            return XdrVoid.VOID;
        });
        t.on(DOMAIN_BACKUP_BEGIN, (c, a) -> {
            c.domain(a.dom()).backupBegin(a.backupXml(), a.checkpointXml(), a.flags());
            return XdrVoid.VOID;
        });
        t.on(DOMAIN_BACKUP_GET_XML_DESC, (c, a) ->
                new DomainBackupGetXmlDescRet(c.domain(a.dom()).backupGetXMLDesc(a.flags())));
        t.on(DOMAIN_SCREENSHOT, (c, a) -> {
            Stream st = c.conn().newStream(0);
            String mime = c.domain(a.dom()).screenshot(st, a.screen(), a.flags());
            c.streams().add(RemoteProgram.currentCall(), st, true);
            return new DomainScreenshotRet(mime);
        });
    }
}
