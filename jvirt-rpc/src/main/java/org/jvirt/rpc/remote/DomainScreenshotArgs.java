package org.jvirt.rpc.remote;

/** remote_domain_screenshot_args. */
public record DomainScreenshotArgs(NonnullDomain dom, int screen, int flags) {
}
