package org.jvirt.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    @Test
    void numbersMatchVirterrorH() {
        assertThat(ErrorCode.NO_SUPPORT.value()).isEqualTo(3);
        assertThat(ErrorCode.NO_CONNECT.value()).isEqualTo(5);
        assertThat(ErrorCode.XML_ERROR.value()).isEqualTo(27);
        assertThat(ErrorCode.OPERATION_DENIED.value()).isEqualTo(29);
        assertThat(ErrorCode.XML_DETAIL.value()).isEqualTo(35);
        assertThat(ErrorCode.NO_DOMAIN.value()).isEqualTo(42);
        assertThat(ErrorCode.OPERATION_INVALID.value()).isEqualTo(55);
        assertThat(ErrorCode.CONFIG_UNSUPPORTED.value()).isEqualTo(67);
        assertThat(ErrorCode.MULTIPLE_DOMAINS.value()).isEqualTo(110);
        assertThat(ErrorDomain.TEST.value()).isEqualTo(12);
        assertThat(ErrorDomain.DOMAIN.value()).isEqualTo(20);
        assertThat(ErrorDomain.CH.value()).isEqualTo(72);
        assertThat(ErrorCode.of(42)).isEqualTo(ErrorCode.NO_DOMAIN);
        assertThat(ErrorCode.of(999)).isNull();
    }

    @Test
    void everyCodeButOkHasBothStandardTexts() {
        for (ErrorCode c : ErrorCode.values()) {
            if (c == ErrorCode.OK) {
                continue;
            }
            assertThat(ErrorMessages.format(c, null)).as(c.name()).isNotEqualTo("unknown error");
            assertThat(ErrorMessages.format(c, "DETAIL")).as(c.name()).contains("DETAIL");
        }
    }

    @Test
    void messagesAreBuiltTheWayLibvirtBuildsThem() {
        assertThat(VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.DOMAIN, "domain is not running").getMessage())
                .isEqualTo("Requested operation is not valid: domain is not running");
        assertThat(VirtException.of(ErrorCode.DOM_EXIST, ErrorDomain.DOMAIN, "test").getMessage())
                .isEqualTo("domain test exists already");
        assertThat(VirtException.of(ErrorCode.XML_DETAIL, ErrorDomain.DOMAIN, "(domain_definition):1: x").getMessage())
                .isEqualTo("(domain_definition):1: x");
    }
}
