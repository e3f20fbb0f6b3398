package org.jvirt.driver.test;

import org.jvirt.conf.domain.DomainDef;
import org.jvirt.core.ModificationImpact;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * Title and description (virDomainObjGetMetadata / virDomainObjSetMetadata). Metadata elements (type 2) need
 * namespace-aware editing of the model's raw metadata, which the domain model does not offer yet.
 */
interface TestMetadataOps extends HypervisorDriver {

    TestDriver driver();

    int DESCRIPTION = 0;
    int TITLE = 1;
    int ELEMENT = 2;

    private static VirtException notPresent() {
        return VirtException.of(ErrorCode.NO_DOMAIN_METADATA, ErrorDomain.DOMAIN,
                "Requested metadata element is not present");
    }

    @Override
    default String domainGetMetadata(DomainRef dom, int type, String uri, int flags) {
        checkArgs("virDomainGetMetadata", type, uri, null, false);
        org.jvirt.core.VirErrors.checkFlags(flags, 1 | 2, ErrorDomain.TEST, "testDomainGetMetadata");
        return driver().withDom(dom, obj -> {
            DomainDef def = ModificationImpact.one(obj, flags).pick(obj);
            String v = switch (type) {
                case DESCRIPTION -> def.description();
                case TITLE -> def.title();
                default -> null;
            };
            if (v == null) {
                throw notPresent();
            }
            return v;
        });
    }

    @Override
    default void domainSetMetadata(DomainRef dom, int type, String metadata, String key, String uri, int flags) {
        checkArgs("virDomainSetMetadata", type, uri, key, metadata != null);
        if (type == TITLE && metadata != null && metadata.indexOf('\n') >= 0) {
            throw VirErrors.invalidArg(ErrorDomain.DOMAIN, "metadata title can't contain newlines");
        }
        org.jvirt.core.VirErrors.checkFlags(flags, 1 | 2, ErrorDomain.TEST, "testDomainSetMetadata");
        driver().runDom(dom, obj -> {
            ModificationImpact impact = ModificationImpact.of(obj, flags);
            if (type == ELEMENT) {
                throw VirtException.of(ErrorCode.ARGUMENT_UNSUPPORTED, ErrorDomain.TEST,
                        "metadata elements are not supported by this driver yet");
            }
            String v = metadata == null || metadata.isEmpty() ? null : metadata;
            if (impact.live()) {
                obj.setDef(apply(obj.def(), type, v));
            }
            if (impact.config()) {
                DomainDef p = apply(obj.persistentDef(), type, v);
                if (obj.isActive()) {
                    obj.setNewDef(p);
                } else {
                    obj.setDef(p);
                }
            }
        });
    }

    private static DomainDef apply(DomainDef d, int type, String v) {
        return type == TITLE ? d.withTitle(v) : d.withDescription(v);
    }

    /** The argument checks libvirt's public layer makes, in its order. */
    private static void checkArgs(String fn, int type, String uri, String key, boolean hasMetadata) {
        switch (type) {
            case DESCRIPTION, TITLE -> {
                if (uri != null) {
                    throw VirErrors.invalidArg(ErrorDomain.DOMAIN, "uri in %s must be NULL", fn);
                }
                if (key != null) {
                    throw VirErrors.invalidArg(ErrorDomain.DOMAIN, "key in %s must be NULL", fn);
                }
            }
            case ELEMENT -> {
                if (uri == null) {
                    throw VirErrors.invalidArg(ErrorDomain.DOMAIN, "uri in %s must not be NULL", fn);
                }
                if (hasMetadata && key == null) {
                    throw VirErrors.invalidArg(ErrorDomain.DOMAIN, "key in %s must not be NULL", fn);
                }
            }
            default -> throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                    "unknown metadata type '%d'", type);
        }
    }
}
