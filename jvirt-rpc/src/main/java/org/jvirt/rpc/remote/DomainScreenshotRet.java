package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_domain_screenshot_ret. */
public record DomainScreenshotRet(@XdrOptional String mime) {
}
