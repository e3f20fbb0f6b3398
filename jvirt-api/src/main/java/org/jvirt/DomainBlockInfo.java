package org.jvirt;

/** virDomainBlockInfo: sizes of one disk's image, in bytes. */
public record DomainBlockInfo(long capacity, long allocation, long physical) {
}
