package org.jvirt;

/** virDomainBlockStatsStruct; -1 means "not available". */
public record BlockStats(long rdReq, long rdBytes, long wrReq, long wrBytes, long errs) {
}
