package org.jvirt;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * The public layer of virDomainMigrate3 and virDomainMigrateToURI3 (libvirt-domain.c): its flag checks in
 * libvirt's order, then the driver features it asks for. No jvirt driver declares a migration feature
 * (VIR_DRV_FEATURE_MIGRATION_OFFLINE, _P2P, _DIRECT, _PARAMS, _V1/_V2/_V3, _CHANGE_PROTECTION), as libvirt 9.0's
 * test driver declares none, so every check that asks ends in libvirt's refusal; a driver that migrates would
 * add its features here.
 */
final class MigrateChecks {

    static final int PEER2PEER = 2;
    static final int TUNNELLED = 4;
    static final int NON_SHARED_DISK = 64;
    static final int NON_SHARED_INC = 128;
    static final int CHANGE_PROTECTION = 256;
    static final int OFFLINE = 1024;

    /** VIR_MIGRATE_PARAM_URI, _DEST_NAME, _DEST_XML, _BANDWIDTH: what migration without params can carry. */
    private static final java.util.Set<String> COMPAT_PARAMS = java.util.Set.of("migrate_uri", "destination_name",
            "destination_xml", "bandwidth");

    private MigrateChecks() {
    }

    /** virDomainMigrate3 after the read-only check. */
    static VirtException migrate3(int flags, java.util.List<TypedParameter> params) {
        exclusiveDisks(flags);
        if ((flags & PEER2PEER) != 0) {
            throw invalid("use virDomainMigrateToURI3 for peer-to-peer migration");
        }
        if ((flags & TUNNELLED) != 0) {
            throw invalid("cannot perform tunnelled migration without using peer2peer flag");
        }
        if ((flags & OFFLINE) != 0) {
            throw unsupported("offline migration is not supported by the source host");
        }
        if ((flags & CHANGE_PROTECTION) != 0) {
            throw unsupported("cannot enforce change protection");
        }
        // without VIR_DRV_FEATURE_MIGRATION_PARAMS only what the older protocols carry may be passed
        if (params.stream().anyMatch(p -> !COMPAT_PARAMS.contains(p.field()))) {
            throw unsupported("Migration APIs with extensible parameters are not supported but extended parameters "
                    + "were passed");
        }
        // neither the params protocol nor versions 1-3 are supported by the source
        return org.jvirt.spi.Unsupported.call("virDomainMigrate3");
    }

    /** virDomainMigrateToURI3 after the read-only check. */
    static VirtException migrateToURI3(int flags) {
        exclusiveDisks(flags);
        if ((flags & OFFLINE) != 0) {
            throw unsupported("offline migration is not supported by the source host");
        }
        return unsupported((flags & PEER2PEER) != 0 ? "p2p migration is not supported by the source host"
                : "direct migration is not supported by the source host");
    }

    private static void exclusiveDisks(int flags) {
        if ((flags & NON_SHARED_DISK) != 0 && (flags & NON_SHARED_INC) != 0) {
            throw invalid("Flags 'VIR_MIGRATE_NON_SHARED_DISK' and 'VIR_MIGRATE_NON_SHARED_INC' are mutually exclusive");
        }
    }

    private static VirtException invalid(String message) {
        return VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN, message, null, null);
    }

    private static VirtException unsupported(String detail) {
        return VirtException.of(ErrorCode.ARGUMENT_UNSUPPORTED, ErrorDomain.DOMAIN, detail);
    }
}
