package org.jvirt.rpc.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirt.rpc.remote.DomainProcedures.*;
import static org.jvirt.rpc.remote.DomainSnapshotProcedures.*;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Block jobs, block resize, migration tuning, backups and the screenshot stream against the real libvirtd's
 * test:///default (LibvirtdProceduresWireTest runs these). The test driver refuses all but the screenshot: those
 * are proven to decode on the server (NO_SUPPORT, not VIR_ERR_RPC); the ones with a result are listed in
 * {@link #REFUSED_BY_TEST_DRIVER}.
 */
final class BlockJobWireSteps {

    static final int NO_SUPPORT = 3;

    static final Set<String> REFUSED_BY_TEST_DRIVER = Set.of("DOMAIN_GET_BLOCK_JOB_INFO", "DOMAIN_MIGRATE_GET_MAX_DOWNTIME",
            "DOMAIN_MIGRATE_GET_COMPRESSION_CACHE", "DOMAIN_MIGRATE_GET_MAX_SPEED", "DOMAIN_BACKUP_GET_XML_DESC");

    private BlockJobWireSteps() {
    }

    static void refusals(LibvirtdSession s, NonnullDomain dom) throws Exception {
        List<Map.Entry<RemoteProcedure<?, ?>, Object>> calls = List.of(
                Map.entry(DOMAIN_BLOCK_JOB_ABORT, new DomainBlockJobAbortArgs(dom, "vda", 0)),
                Map.entry(DOMAIN_GET_BLOCK_JOB_INFO, new DomainGetBlockJobInfoArgs(dom, "vda", 0)),
                Map.entry(DOMAIN_BLOCK_JOB_SET_SPEED, new DomainBlockJobSetSpeedArgs(dom, "vda", 10, 0)),
                Map.entry(DOMAIN_BLOCK_PULL, new DomainBlockPullArgs(dom, "vda", 0, 0)),
                Map.entry(DOMAIN_BLOCK_REBASE, new DomainBlockRebaseArgs(dom, "vda", "/base", 0, 0)),
                Map.entry(DOMAIN_BLOCK_COPY, new DomainBlockCopyArgs(dom, "vda", "<disk type='file'/>",
                        List.of(RemoteTypedParams.toWire(new org.jvirt.TypedParameter.UInt("granularity", 4096))), 0)),
                Map.entry(DOMAIN_BLOCK_COMMIT, new DomainBlockCommitArgs(dom, "vda", null, "/top", 5, 0)),
                Map.entry(DOMAIN_BLOCK_RESIZE, new DomainBlockResizeArgs(dom, "vda", 1L << 20, 0)),
                Map.entry(DOMAIN_MIGRATE_SET_MAX_DOWNTIME, new DomainMigrateSetMaxDowntimeArgs(dom, 100, 0)),
                Map.entry(DOMAIN_MIGRATE_GET_MAX_DOWNTIME, new DomainMigrateGetMaxDowntimeArgs(dom, 0)),
                Map.entry(DOMAIN_MIGRATE_GET_COMPRESSION_CACHE, new DomainMigrateGetCompressionCacheArgs(dom, 0)),
                Map.entry(DOMAIN_MIGRATE_SET_COMPRESSION_CACHE, new DomainMigrateSetCompressionCacheArgs(dom, 1L << 20, 0)),
                Map.entry(DOMAIN_MIGRATE_SET_MAX_SPEED, new DomainMigrateSetMaxSpeedArgs(dom, -1L, 1)),
                Map.entry(DOMAIN_MIGRATE_GET_MAX_SPEED, new DomainMigrateGetMaxSpeedArgs(dom, 0)),
                Map.entry(DOMAIN_MIGRATE_START_POST_COPY, new DomainMigrateStartPostCopyArgs(dom, 0)),
                Map.entry(DOMAIN_BACKUP_BEGIN, new DomainBackupBeginArgs(dom, "<domainbackup/>", null, 0)),
                Map.entry(DOMAIN_BACKUP_GET_XML_DESC, new DomainBackupGetXmlDescArgs(dom, 0)));
        for (var c : calls) {
            @SuppressWarnings("unchecked")
            RemoteProcedure<Object, ?> p = (RemoteProcedure<Object, ?>) c.getKey();
            RemoteError e = s.error(p, c.getValue());
            assertThat(e.code()).as("%s", p).isEqualTo(NO_SUPPORT);
            assertThat(e.message()).as("%s", p).startsWith("this function is not supported by the connection driver: virDomain");
        }
    }

    /** testDomainScreenshot: the MIME type in the reply, then a PNG on the call's serial. */
    static void screenshot(LibvirtdSession s, NonnullDomain dom) throws Exception {
        var shot = s.callReadStream(DOMAIN_SCREENSHOT, new DomainScreenshotArgs(dom, 0, 0));
        assertThat(shot.getKey().mime()).isEqualTo("image/png");
        assertThat(shot.getValue()).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        assertThat(shot.getValue().length).isGreaterThan(100);
    }
}
