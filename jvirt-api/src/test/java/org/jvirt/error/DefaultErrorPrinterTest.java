package org.jvirt.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** virDefaultErrorFunc's line shapes. */
class DefaultErrorPrinterTest {

    @Test
    void domainLevelAndMessage() {
        VirtError e = new VirtError(ErrorCode.NO_NETWORK, ErrorDomain.NETWORK, ErrorLevel.ERROR,
                "Network not found: x", null, null, null, -1, -1);
        assertThat(DefaultErrorPrinter.format(e)).isEqualTo("libvirt: Network Driver error : Network not found: x\n");
    }

    @Test
    void noDomainLeavesItsPlaceEmptyAndAWarningSaysSo() {
        VirtError e = new VirtError(ErrorCode.INTERNAL_ERROR, ErrorDomain.NONE, ErrorLevel.WARNING, "m", null, null,
                null, 0, 0);
        assertThat(DefaultErrorPrinter.format(e)).isEqualTo("libvirt:  warning : m\n");
    }

    @Test
    void aMessageEndingInNewlineGetsNoSecondOne() {
        VirtError e = new VirtError(ErrorCode.XML_DETAIL, ErrorDomain.DOMAIN, ErrorLevel.ERROR, "bad\n^\n", null, null,
                null, 0, 0);
        assertThat(DefaultErrorPrinter.format(e)).isEqualTo("libvirt: Domain Config error : bad\n^\n");
    }

    @Test
    void xmlDetailsFromXmlUtilCarryTheirLine() {
        VirtError e = new VirtError(ErrorCode.XML_DETAIL, ErrorDomain.XML, ErrorLevel.ERROR, "oops", null, null,
                null, 3, 0);
        assertThat(DefaultErrorPrinter.format(e)).isEqualTo("libvirt: XML Util error : line 3: oops");
    }

    @Test
    void noErrorPrintsNothing() {
        assertThat(DefaultErrorPrinter.format(null)).isNull();
        assertThat(DefaultErrorPrinter.format(new VirtError(ErrorCode.OK, ErrorDomain.NONE, "x"))).isNull();
    }

    @Test
    void domainsPastTheTableAreUnknown() {
        assertThat(DefaultErrorPrinter.domainName(ErrorDomain.TEST)).isEqualTo("Test Driver");
        assertThat(DefaultErrorPrinter.domainName(ErrorDomain.RPC)).isEqualTo("XML-RPC");
    }
}
