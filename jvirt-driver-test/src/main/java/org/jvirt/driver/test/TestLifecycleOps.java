package org.jvirt.driver.test;

import org.jvirt.DomainState;
import org.jvirt.conf.domain.LifecycleAction;
import org.jvirt.core.DomainObj;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEventDetail;
import org.jvirt.flags.DomainDestroyFlag;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * Start, stop and pause. The error shapes are libvirt's test driver's, quirks included: "not running" for
 * suspend / shutdown is an INTERNAL_ERROR naming the handle's name, while destroy / reboot use the generic
 * OPERATION_INVALID "domain is not running".
 */
interface TestLifecycleOps extends HypervisorDriver {

    TestDriver driver();

    int RUNNING_BOOTED = 1;
    int RUNNING_UNPAUSED = 5;
    int PAUSED_USER = 1;
    int SHUTOFF_SHUTDOWN = 1;
    int SHUTOFF_DESTROYED = 2;

    @Override
    default DomainRef domainCreateWithFlags(DomainRef dom, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainCreateWithFlags");
        return driver().withDom(dom, obj -> {
            if (obj.state() != DomainState.SHUTOFF) {
                throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.TEST,
                        "Domain '%s' is already running", dom.name());
            }
            driver().startState(obj, RUNNING_BOOTED);
            driver().events.lifecycle(obj, DomainEventDetail.Started.BOOTED);
            return obj.ref();
        });
    }

    @Override
    default void domainShutdownFlags(DomainRef dom, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainShutdownFlags");
        driver().runDom(dom, obj -> {
            if (obj.state() == DomainState.SHUTOFF) {
                throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.TEST, "domain '%s' not running", dom.name());
            }
            applyAction(obj, obj.def().onPoweroff());
        });
    }

    @Override
    default void domainReboot(DomainRef dom, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0x1f, ErrorDomain.TEST, "testDomainReboot");
        driver().runDom(dom, obj -> {
            TestDriver.checkActive(obj);
            applyAction(obj, obj.def().onReboot());
        });
    }

    /** testDomainActionSetState, then the shutdown bookkeeping when the action stopped the domain. */
    private void applyAction(DomainObj obj, LifecycleAction action) {
        switch (action) {
            case RESTART, RENAME_RESTART -> obj.setState(DomainState.RUNNING, RUNNING_BOOTED);
            default -> obj.setState(DomainState.SHUTOFF, SHUTOFF_SHUTDOWN);
        }
        if (obj.state() == DomainState.SHUTOFF) {
            // libvirt raises nothing when the action restarted the domain (no REBOOT event either)
            driver().stopAndMaybeRemove(obj, SHUTOFF_SHUTDOWN, DomainEventDetail.Stopped.SHUTDOWN);
        }
    }

    @Override
    default void domainReset(DomainRef dom, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainReset");
        driver().runDom(dom, TestDriver::checkActive);
    }

    @Override
    default void domainDestroyFlags(DomainRef dom, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, DomainDestroyFlag.GRACEFUL.value(), ErrorDomain.TEST, "testDomainDestroyFlags");
        driver().runDom(dom, obj -> {
            TestDriver.checkActive(obj);
            driver().stopAndMaybeRemove(obj, SHUTOFF_DESTROYED, DomainEventDetail.Stopped.DESTROYED);
        });
    }

    @Override
    default void domainSuspend(DomainRef dom) {
        driver().runDom(dom, obj -> {
            DomainState s = obj.state();
            if (s == DomainState.SHUTOFF || s == DomainState.PAUSED) {
                throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.TEST, "domain '%s' not running", dom.name());
            }
            obj.setState(DomainState.PAUSED, PAUSED_USER);
            driver().events.lifecycle(obj, DomainEventDetail.Suspended.PAUSED);
        });
    }

    @Override
    default void domainResume(DomainRef dom) {
        driver().runDom(dom, obj -> {
            if (obj.state() != DomainState.PAUSED) {
                throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.TEST, "domain '%s' not paused", dom.name());
            }
            obj.setState(DomainState.RUNNING, RUNNING_UNPAUSED);
            driver().events.lifecycle(obj, DomainEventDetail.Resumed.UNPAUSED);
        });
    }
}
