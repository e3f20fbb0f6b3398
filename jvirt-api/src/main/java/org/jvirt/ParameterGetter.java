package org.jvirt;

/**
 * The two-phase typed-parameter getters whose first phase (the C call with nparams 0) asks only for a count:
 * {@link Domain#getParameterCount} answers it. Drivers may answer it before any check the full call makes;
 * libvirt's test driver answers right after its flag check, before it looks the domain up.
 */
public enum ParameterGetter {
    MEMORY("virDomainGetMemoryParameters"),
    BLKIO("virDomainGetBlkioParameters"),
    NUMA("virDomainGetNumaParameters"),
    INTERFACE("virDomainGetInterfaceParameters");

    private final String function;

    ParameterGetter(String function) {
        this.function = function;
    }

    /** The public C function whose first phase this is. */
    public String function() {
        return function;
    }
}
