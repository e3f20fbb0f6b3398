package org.jvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtError;
import org.jvirt.error.VirtException;
import org.jvirt.flags.DomainXMLFlag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DispatchTest {

    @AfterEach
    void clearListener() {
        Errors.setErrorListener(null);
        Errors.resetLastError();
    }

    @Test
    void readOnlyConnectionRefusesMutationsBeforeTheDriver() {
        try (Connect c = Connect.openReadOnly("fake:///default")) {
            Domain d = c.domainLookupByName("fake");
            int before = FakeDriverProvider.MUTATIONS.get();
            assertThatThrownBy(d::suspend)
                    .isInstanceOfSatisfying(VirtException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.OPERATION_DENIED);
                        assertThat(e.getMessage()).isEqualTo("operation forbidden: read only access prevents virDomainSuspend");
                    });
            assertThat(FakeDriverProvider.MUTATIONS.get()).isEqualTo(before);
            // reading is allowed, reading secrets is not
            assertThat(d.getXMLDesc(0)).isEqualTo("<domain/>");
            assertThatThrownBy(() -> d.getXMLDesc(DomainXMLFlag.SECURE.value()))
                    .isInstanceOfSatisfying(VirtException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.OPERATION_DENIED);
                        assertThat(e.domain()).isEqualTo(ErrorDomain.DOMAIN);
                        assertThat(e.getMessage()).isEqualTo("operation forbidden: virDomainGetXMLDesc with secure flag");
                    });
        }
    }

    @Test
    void writableConnectionReachesTheDriver() {
        try (Connect c = Connect.open("fake:///default")) {
            int before = FakeDriverProvider.MUTATIONS.get();
            c.domainLookupByName("fake").suspend();
            assertThat(FakeDriverProvider.MUTATIONS.get()).isEqualTo(before + 1);
        }
    }

    @Test
    void errorsAreRecordedPerThreadAndPerConnectionAndReachTheListeners() {
        List<VirtError> global = new ArrayList<>();
        List<VirtError> local = new ArrayList<>();
        Errors.setErrorListener(global::add);
        try (Connect c = Connect.open("fake:///default")) {
            assertThatThrownBy(() -> c.domainLookupByName("nope")).isInstanceOf(VirtException.class);
            VirtError last = Errors.lastError();
            assertThat(last.code()).isEqualTo(ErrorCode.NO_DOMAIN);
            assertThat(last.domain()).isEqualTo(ErrorDomain.TEST);
            assertThat(last.message()).isEqualTo("Domain not found: no domain with matching name 'nope'");
            assertThat(c.lastError()).isEqualTo(last);
            assertThat(global).containsExactly(last);

            // a connection's own listener takes precedence over the global one
            c.setErrorListener(local::add);
            assertThatThrownBy(() -> c.domainLookupByName("nope2")).isInstanceOf(VirtException.class);
            assertThat(local).hasSize(1);
            assertThat(global).hasSize(1);

            // a successful call resets the thread's last error
            c.getType();
            assertThat(Errors.lastError()).isNull();
        }
    }

    @Test
    void unimplementedEntriesAreNoSupportNamingThePublicFunction() {
        try (Connect c = Connect.open("fake:///default")) {
            assertThatThrownBy(c::nodeGetInfo)
                    .isInstanceOfSatisfying(VirtException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.NO_SUPPORT);
                        assertThat(e.getMessage()).isEqualTo(
                                "this function is not supported by the connection driver: virNodeGetInfo");
                    });
        }
    }

    @Test
    void driverBugsBecomeInternalErrorsNotBareExceptions() {
        try (Connect c = Connect.open("fake:///default")) {
            assertThatThrownBy(c::getHostname)
                    .isInstanceOfSatisfying(VirtException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL_ERROR));
        }
    }

    @Test
    void closedConnectionIsInvalid() {
        Connect c = Connect.open("fake:///default");
        c.close();
        c.close();
        assertThatThrownBy(c::getType).isInstanceOfSatisfying(VirtException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONN));
    }

    @Test
    void unknownSchemeAndDecliningDriverGiveNoConnect() {
        assertThatThrownBy(() -> Connect.open("nosuch:///x")).isInstanceOfSatisfying(VirtException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.NO_CONNECT);
            assertThat(e.getMessage()).isEqualTo("no connection driver available for nosuch:///x");
        });
        assertThatThrownBy(() -> Connect.open("fake:///decline"))
                .extracting(e -> ((VirtException) e).code()).isEqualTo(ErrorCode.NO_CONNECT);
        assertThatThrownBy(() -> Connect.open("fake:///broken"))
                .extracting(e -> ((VirtException) e).code()).isEqualTo(ErrorCode.OPEN_FAILED);
        assertThat(Errors.lastError().code()).isEqualTo(ErrorCode.OPEN_FAILED);
    }

    @Test
    void nullArgumentsAreInvalidArg() {
        try (Connect c = Connect.open("fake:///default")) {
            assertThatThrownBy(() -> c.domainLookupByName(null)).isInstanceOfSatisfying(VirtException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARG);
                assertThat(e.getMessage()).isEqualTo("name in virDomainLookupByName must not be NULL");
            });
        }
    }

    @Test
    void publicLayerChecksArgumentsBeforeTheDriverAsLibvirtDoes() {
        try (Connect c = Connect.open("fake:///default")) {
            Domain d = c.domainLookupByName("fake");
            assertThatThrownBy(() -> d.save("/tmp/x", null, 6)).isInstanceOfSatisfying(VirtException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARG);
                assertThat(e.domain()).isEqualTo(ErrorDomain.DOMAIN);
                assertThat(e.getMessage()).isEqualTo(
                        "Flags 'VIR_DOMAIN_SAVE_RUNNING' and 'VIR_DOMAIN_SAVE_PAUSED' are mutually exclusive");
            });
            assertThatThrownBy(() -> d.setMemory(0, 0)).hasMessage("memory in virDomainSetMemoryFlags must not be zero");
            assertThatThrownBy(() -> d.setMaxMemory(1L << 53)).isInstanceOfSatisfying(VirtException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.OVERFLOW);
                assertThat(e.getMessage()).isEqualTo("numerical overflow: input too large: 9007199254740992");
            });
            // the flag-less device calls name themselves when the driver lacks them
            assertThatThrownBy(() -> d.attachDevice("<disk/>")).hasMessage(
                    "this function is not supported by the connection driver: virDomainAttachDevice");
            assertThat(Connect.absolutePath("rel/core")).isEqualTo(
                    java.nio.file.Path.of("").toAbsolutePath().resolve("rel/core").toString());
        }
    }
}
