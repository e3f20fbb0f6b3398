package org.jvirt;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.ConnectDriver;
import org.jvirt.spi.ConnectDriverProvider;
import org.jvirt.spi.ConnectUri;
import org.jvirt.spi.DomainEventCallback;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * A driver for the public layer's own tests: scheme "fake"; "fake:///decline" declines, "fake:///broken" fails to
 * open. It counts the mutating calls that reach it, so tests can prove a refusal happened before the driver.
 */
public final class FakeDriverProvider implements ConnectDriverProvider {

    static final AtomicInteger MUTATIONS = new AtomicInteger();
    /** Event registrations of every fake connection, by id; tests raise events through them. */
    static final Map<Integer, DomainEventCallback> CALLBACKS = new ConcurrentHashMap<>();
    static final AtomicInteger NEXT_CALLBACK = new AtomicInteger();
    static final DomainRef DOM = new DomainRef("fake", UUID.fromString("6695eb01-f6a4-8304-79aa-97f2502e193f"), 1);

    @Override
    public Set<String> uriSchemes() {
        return Set.of("fake");
    }

    @Override
    public Optional<ConnectDriver> connectOpen(ConnectUri uri, int flags) {
        if (uri.path().equals("/decline")) {
            return Optional.empty();
        }
        if (uri.path().equals("/broken")) {
            throw VirtException.of(ErrorCode.OPEN_FAILED, ErrorDomain.TEST, uri.path());
        }
        HypervisorDriver hv = new HypervisorDriver() {
            @Override
            public String connectGetType() {
                return "Fake";
            }

            @Override
            public DomainRef domainLookupByName(String name) {
                if (!name.equals(DOM.name())) {
                    throw VirtException.of(ErrorCode.NO_DOMAIN, ErrorDomain.TEST,
                            "no domain with matching name '%s'", name);
                }
                return DOM;
            }

            @Override
            public List<DomainRef> connectListAllDomains(int flags) {
                return List.of(DOM);
            }

            @Override
            public void domainSuspend(DomainRef dom) {
                MUTATIONS.incrementAndGet();
            }

            @Override
            public String domainGetXMLDesc(DomainRef dom, int flags) {
                return "<domain/>";
            }

            @Override
            public int connectDomainEventRegisterAny(DomainRef dom, int eventID, DomainEventCallback callback) {
                if (uri.path().equals("/noevents")) {
                    return HypervisorDriver.super.connectDomainEventRegisterAny(dom, eventID, callback);
                }
                int id = NEXT_CALLBACK.getAndIncrement();
                CALLBACKS.put(id, callback);
                return id;
            }

            @Override
            public void connectDomainEventDeregisterAny(int callbackID) {
                if (CALLBACKS.remove(callbackID) == null) {
                    throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.NONE,
                            "could not find event callback %d for deletion", callbackID);
                }
            }

            @Override
            public String connectGetHostname() {
                throw new IllegalStateException("driver bug");
            }
        };
        return Optional.of(new ConnectDriver() {
            @Override
            public HypervisorDriver hypervisor() {
                return hv;
            }

            @Override
            public void close() {
            }
        });
    }
}
