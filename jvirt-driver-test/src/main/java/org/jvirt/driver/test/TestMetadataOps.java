package org.jvirt.driver.test;

import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.MetadataElements;
import org.jvirt.core.ModificationImpact;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.DomainEventBody;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * Title, description and metadata elements (virDomainObjGetMetadata / virDomainObjSetMetadata); the element
 * editing itself is jvirt-conf's {@link MetadataElements}.
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
                default -> MetadataElements.get(def.metadata(), uri);
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
            // an empty element text is parsed (and refused) like any other, only null removes
            String v = type != ELEMENT && metadata != null && metadata.isEmpty() ? null : metadata;
            if (impact.live()) {
                obj.setDef(apply(obj.def(), type, v, key, uri));
            }
            if (impact.config()) {
                DomainDef p = apply(obj.persistentDef(), type, v, key, uri);
                if (obj.isActive()) {
                    obj.setNewDef(p);
                } else {
                    obj.setDef(p);
                }
            }
            driver().events.raise(obj.ref(), new DomainEventBody.MetadataChange(type, uri));
        });
    }

    private static DomainDef apply(DomainDef d, int type, String v, String key, String uri) {
        return switch (type) {
            case TITLE -> d.withTitle(v);
            case DESCRIPTION -> d.withDescription(v);
            default -> d.withMetadata(MetadataElements.set(d.metadata(), v, key, uri));
        };
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
