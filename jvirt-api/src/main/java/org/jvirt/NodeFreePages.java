package org.jvirt;

/**
 * virNodeGetFreePages' two results: the value it returns (libvirt 9.0's test driver returns 0 although it fills
 * every count, and libvirtd then answers "Library function returned error but did not set virError") and the
 * counts, counts[cell * npages + page].
 */
public record NodeFreePages(int ret, long[] counts) {
}
