package org.jvirt.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;

class VirFlagTest {

    @Test
    void checkRefusesUnknownBitsTheWayVirCheckFlagsDoes() {
        int allowed = VirFlag.of(DomainUndefineFlag.MANAGED_SAVE, DomainUndefineFlag.SNAPSHOTS_METADATA);
        assertThatCode(() -> VirFlag.check(3, allowed, ErrorDomain.TEST, "testDomainUndefineFlags")).doesNotThrowAnyException();
        assertThatThrownBy(() -> VirFlag.check(7, allowed, ErrorDomain.TEST, "testDomainUndefineFlags"))
                .isInstanceOfSatisfying(VirtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARG);
                    assertThat(e.domain()).isEqualTo(ErrorDomain.TEST);
                    assertThat(e.getMessage()).isEqualTo(
                            "unsupported flags (0x4) in function testDomainUndefineFlags");
                });
    }

    @Test
    void flagValuesAreLibvirts() {
        assertThat(ConnectListAllDomainsFlag.AUTOSTART.value()).isEqualTo(1024);
        assertThat(ConnectListAllNetworksFlag.ACTIVE.value()).isEqualTo(2);
        assertThat(DomainXMLFlag.INACTIVE.value()).isEqualTo(2);
        assertThat(VirFlag.has(3, DomainModificationImpact.CONFIG)).isTrue();
        assertThat(VirFlag.has(3, DomainModificationImpact.CURRENT)).isFalse();
    }
}
