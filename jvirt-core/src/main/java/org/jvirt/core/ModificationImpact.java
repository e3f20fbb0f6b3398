package org.jvirt.core;

import org.jvirt.conf.domain.DomainDef;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * libvirt's virDomainObjUpdateModificationImpact / virDomainObjGetDefs / virDomainObjGetOneDefState: which
 * definitions a call with VIR_DOMAIN_AFFECT_{CURRENT,LIVE,CONFIG} touches, with libvirt's errors.
 *
 * @param live whether the live definition is affected
 * @param config whether the persistent definition is affected
 */
public record ModificationImpact(boolean live, boolean config) {

    public static final int AFFECT_LIVE = 1;
    public static final int AFFECT_CONFIG = 2;

    /** Resolves CURRENT and checks the combination against the object's state (caller holds its lock). */
    public static ModificationImpact of(DomainObj obj, int flags) {
        boolean active = obj.isActive();
        int f = flags;
        if ((f & (AFFECT_LIVE | AFFECT_CONFIG)) == 0) {
            f |= active ? AFFECT_LIVE : AFFECT_CONFIG;
        }
        if (!active && (f & AFFECT_LIVE) != 0) {
            throw VirErrors.notRunning();
        }
        if (!obj.isPersistent() && (f & AFFECT_CONFIG) != 0) {
            throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.DOMAIN,
                    "transient domains do not have any persistent config");
        }
        return new ModificationImpact((f & AFFECT_LIVE) != 0, (f & AFFECT_CONFIG) != 0);
    }

    /** virDomainObjGetOneDefState: exactly one definition; LIVE and CONFIG together are refused. */
    public static ModificationImpact one(DomainObj obj, int flags) {
        if ((flags & AFFECT_LIVE) != 0 && (flags & AFFECT_CONFIG) != 0) {
            throw VirErrors.invalidArg(ErrorDomain.DOMAIN,
                    "Flags 'VIR_DOMAIN_AFFECT_LIVE' and 'VIR_DOMAIN_AFFECT_CONFIG' are mutually exclusive");
        }
        return of(obj, flags);
    }

    /** The definition a single-def call reads or changes. */
    public DomainDef pick(DomainObj obj) {
        return live ? obj.def() : obj.persistentDef();
    }

    /** Stores the changed single definition back where {@link #pick} took it from. */
    public void store(DomainObj obj, DomainDef changed) {
        if (live) {
            obj.setDef(changed);
        } else if (obj.isActive()) {
            obj.setNewDef(changed);
        } else {
            obj.setDef(changed);
        }
    }
}
