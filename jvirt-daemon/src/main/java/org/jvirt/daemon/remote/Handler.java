package org.jvirt.daemon.remote;

/**
 * One REMOTE procedure on the daemon side: the decoded arguments in, the result record out (XdrVoid.VOID when
 * there is none). Failures are thrown as VirtException, which the program sends back as the error record.
 */
@FunctionalInterface
public interface Handler<A, R> {

    R handle(RemoteClient client, A args);
}
