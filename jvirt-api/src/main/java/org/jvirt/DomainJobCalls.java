package org.jvirt;

import static org.jvirt.Connect.requireArg;

import java.util.List;
import org.jvirt.spi.HypervisorDriver;

/**
 * The job, migration, dirty-rate and backup calls of {@link Domain}. Split out of Domain by concern (DESIGN.md rule
 * 11); Domain alone implements it.
 */
public sealed interface DomainJobCalls extends DomainCalls permits Domain {

    private HypervisorDriver hv() {
        return getConnect().hv();
    }

    /** virDomainGetJobInfo: the current job's type and progress. */
    default DomainJobInfo getJobInfo() {
        return Dispatch.read(getConnect(), "virDomainGetJobInfo", () -> hv().domainGetJobInfo(ref()));
    }

    /** virDomainGetJobStats: the current (or, with flags, the last completed) job's type and statistics. */
    default DomainJobStats getJobStats(int flags) {
        return Dispatch.read(getConnect(), "virDomainGetJobStats", () -> hv().domainGetJobStats(ref(), flags));
    }

    default void abortJob() {
        Dispatch.write(getConnect(), "virDomainAbortJob", () -> hv().domainAbortJob(ref()));
    }

    /** virDomainAbortJobFlags: flags are VIR_DOMAIN_ABORT_JOB_*. */
    default void abortJob(int flags) {
        Dispatch.write(getConnect(), "virDomainAbortJobFlags", () -> hv().domainAbortJobFlags(ref(), flags));
    }

    default void startDirtyRateCalc(int seconds, int flags) {
        Dispatch.write(getConnect(), "virDomainStartDirtyRateCalc",
                () -> hv().domainStartDirtyRateCalc(ref(), seconds, flags));
    }

    default void migrateSetMaxDowntime(long downtime, int flags) {
        Dispatch.write(getConnect(), "virDomainMigrateSetMaxDowntime",
                () -> hv().domainMigrateSetMaxDowntime(ref(), downtime, flags));
    }

    default long migrateGetMaxDowntime(int flags) {
        return Dispatch.read(getConnect(), "virDomainMigrateGetMaxDowntime",
                () -> hv().domainMigrateGetMaxDowntime(ref(), flags));
    }

    default long migrateGetCompressionCache(int flags) {
        return Dispatch.read(getConnect(), "virDomainMigrateGetCompressionCache",
                () -> hv().domainMigrateGetCompressionCache(ref(), flags));
    }

    default void migrateSetCompressionCache(long cacheSize, int flags) {
        Dispatch.write(getConnect(), "virDomainMigrateSetCompressionCache",
                () -> hv().domainMigrateSetCompressionCache(ref(), cacheSize, flags));
    }

    default void migrateSetMaxSpeed(long bandwidth, int flags) {
        Dispatch.write(getConnect(), "virDomainMigrateSetMaxSpeed",
                () -> hv().domainMigrateSetMaxSpeed(ref(), bandwidth, flags));
    }

    default long migrateGetMaxSpeed(int flags) {
        return Dispatch.read(getConnect(), "virDomainMigrateGetMaxSpeed",
                () -> hv().domainMigrateGetMaxSpeed(ref(), flags));
    }

    default void migrateStartPostCopy(int flags) {
        Dispatch.write(getConnect(), "virDomainMigrateStartPostCopy",
                () -> hv().domainMigrateStartPostCopy(ref(), flags));
    }

    default void backupBegin(String backupXml, String checkpointXml, int flags) {
        Dispatch.write(getConnect(), "virDomainBackupBegin", () -> hv().domainBackupBegin(ref(),
                backupXml, checkpointXml, flags));
    }

    /**
     * virDomainMigrate3 to the destination connection {@code dconn}; params are VIR_MIGRATE_PARAM_* typed
     * parameters. No jvirt driver migrates yet: libvirt's checks answer, then its refusal (see MigrateChecks).
     */
    default Domain migrate3(Connect dconn, List<TypedParameter> params, int flags) {
        return Dispatch.write(getConnect(), "virDomainMigrate3", (java.util.function.Supplier<Domain>) () -> {
            requireArg(dconn, "dconn", "virDomainMigrate3");
            throw MigrateChecks.migrate3(flags, List.copyOf(params));
        });
    }

    /** virDomainMigrateToURI3: peer-to-peer (PEER2PEER) or direct migration to {@code dconnuri}. */
    default void migrateToURI3(String dconnuri, List<TypedParameter> params, int flags) {
        Dispatch.write(getConnect(), "virDomainMigrateToURI3", (Runnable) () -> {
            List.copyOf(params);
            throw MigrateChecks.migrateToURI3(flags);
        });
    }

    default String backupGetXMLDesc(int flags) {
        return Dispatch.read(getConnect(), "virDomainBackupGetXMLDesc",
                () -> hv().domainBackupGetXMLDesc(ref(), flags));
    }
}
