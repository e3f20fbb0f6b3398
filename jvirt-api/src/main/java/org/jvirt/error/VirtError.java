package org.jvirt.error;

/**
 * libvirt's full error record (virError): what crosses the wire and what error listeners see.
 * {@code message} is the complete human-readable text, e.g. "Domain not found: no domain with matching name 'x'".
 */
public record VirtError(ErrorCode code, ErrorDomain domain, ErrorLevel level, String message,
                        String str1, String str2, String str3, int int1, int int2) {

    public VirtError(ErrorCode code, ErrorDomain domain, String message) {
        this(code, domain, ErrorLevel.ERROR, message, null, null, null, -1, -1);
    }
}
