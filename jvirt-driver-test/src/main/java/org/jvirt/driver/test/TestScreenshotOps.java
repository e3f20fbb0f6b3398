package org.jvirt.driver.test;

import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorDomain;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * testDomainScreenshot: flags must be 0, the domain must exist (libvirt 9.0 does not ask for a running one) and
 * every screen gets the same image. The other block job, migration tuning and backup entries stay unsupported,
 * as in libvirt 9.0's test driver.
 */
interface TestScreenshotOps extends HypervisorDriver {

    TestDriver driver();

    @Override
    default Screenshot domainScreenshot(DomainRef dom, int screen, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainScreenshot");
        driver().withDom(dom, obj -> null);
        return new Screenshot(TestScreenshot.stream(), TestScreenshot.MIME);
    }
}
