package org.jvirt.spi;

import java.util.List;
import org.jvirt.TypedParameter;

/**
 * The block job, block resize, migration tuning, backup and screenshot entries of the hypervisor driver table
 * (libvirt's virHypervisorDriver fields of the same names). {@link HypervisorDriver} extends this, so it stays
 * one table; every entry is optional, and libvirt 9.0's test driver fills only domainScreenshot.
 */
public interface DomainBlockJobDriver {

    default void domainBlockJobAbort(DomainRef dom, String disk, int flags) {
        throw Unsupported.call("virDomainBlockJobAbort");
    }

    /** virDomainGetBlockJobInfo: null when the disk has no job (the C call's 0). */
    default BlockJobInfo domainGetBlockJobInfo(DomainRef dom, String disk, int flags) {
        throw Unsupported.call("virDomainGetBlockJobInfo");
    }

    default void domainBlockJobSetSpeed(DomainRef dom, String disk, long bandwidth, int flags) {
        throw Unsupported.call("virDomainBlockJobSetSpeed");
    }

    default void domainBlockPull(DomainRef dom, String disk, long bandwidth, int flags) {
        throw Unsupported.call("virDomainBlockPull");
    }

    default void domainBlockRebase(DomainRef dom, String disk, String base, long bandwidth, int flags) {
        throw Unsupported.call("virDomainBlockRebase");
    }

    default void domainBlockCopy(DomainRef dom, String disk, String destxml, List<TypedParameter> params, int flags) {
        throw Unsupported.call("virDomainBlockCopy");
    }

    default void domainBlockCommit(DomainRef dom, String disk, String base, String top, long bandwidth, int flags) {
        throw Unsupported.call("virDomainBlockCommit");
    }

    default void domainBlockResize(DomainRef dom, String disk, long size, int flags) {
        throw Unsupported.call("virDomainBlockResize");
    }

    default void domainMigrateSetMaxDowntime(DomainRef dom, long downtime, int flags) {
        throw Unsupported.call("virDomainMigrateSetMaxDowntime");
    }

    default long domainMigrateGetMaxDowntime(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainMigrateGetMaxDowntime");
    }

    default long domainMigrateGetCompressionCache(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainMigrateGetCompressionCache");
    }

    default void domainMigrateSetCompressionCache(DomainRef dom, long cacheSize, int flags) {
        throw Unsupported.call("virDomainMigrateSetCompressionCache");
    }

    default void domainMigrateSetMaxSpeed(DomainRef dom, long bandwidth, int flags) {
        throw Unsupported.call("virDomainMigrateSetMaxSpeed");
    }

    default long domainMigrateGetMaxSpeed(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainMigrateGetMaxSpeed");
    }

    default void domainMigrateStartPostCopy(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainMigrateStartPostCopy");
    }

    default void domainBackupBegin(DomainRef dom, String backupXml, String checkpointXml, int flags) {
        throw Unsupported.call("virDomainBackupBegin");
    }

    default String domainBackupGetXMLDesc(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainBackupGetXMLDesc");
    }

    /**
     * virDomainScreenshot: the driver's end of the stream the image comes out of, and its MIME type (the C
     * call's return value).
     */
    default Screenshot domainScreenshot(DomainRef dom, int screen, int flags) {
        throw Unsupported.call("virDomainScreenshot");
    }

    /** A block job's state (virDomainBlockJobInfo). */
    record BlockJobInfo(int type, long bandwidth, long cur, long end) {
    }

    /** The stream a screenshot comes out of and the image's MIME type. */
    record Screenshot(StreamDriver stream, String mime) {
    }
}
