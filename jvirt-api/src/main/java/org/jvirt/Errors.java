package org.jvirt;

import org.jvirt.error.VirtError;

/**
 * The library-wide half of libvirt's error model: the last error of the calling thread (virGetLastError) and
 * the global error listener (virSetErrorFunc). Connections keep their own last error and listener.
 */
public final class Errors {

    private static final ThreadLocal<VirtError> LAST = new ThreadLocal<>();
    private static volatile ErrorListener globalListener;

    private Errors() {
    }

    /** virGetLastError: the last error raised on this thread, or null. */
    public static VirtError lastError() {
        return LAST.get();
    }

    /** virResetLastError. */
    public static void resetLastError() {
        LAST.remove();
    }

    /**
     * virSetErrorFunc: null removes the listener, and errors then go to stderr as libvirt's virDefaultErrorFunc
     * writes them ("libvirt: Test Driver error : ..."; see {@link org.jvirt.error.DefaultErrorPrinter}).
     */
    public static void setErrorListener(ErrorListener listener) {
        globalListener = listener;
    }

    static void record(VirtError error) {
        LAST.set(error);
    }

    static ErrorListener globalListener() {
        return globalListener;
    }
}
