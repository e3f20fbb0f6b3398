package org.jvirt;

import org.jvirt.error.VirtError;

/** libvirt's virErrorFunc: told of every error raised by a public call. */
@FunctionalInterface
public interface ErrorListener {

    void onError(VirtError error);
}
