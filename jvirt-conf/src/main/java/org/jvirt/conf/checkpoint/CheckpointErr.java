package org.jvirt.conf.checkpoint;

import java.util.List;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** The errors of libvirt's checkpoint_conf.c, reported under VIR_FROM_DOMAIN_CHECKPOINT. */
final class CheckpointErr {

    private CheckpointErr() {
    }

    static VirtException xml(String fmt, Object... args) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.DOMAIN_CHECKPOINT, String.format(fmt, args));
    }

    static VirtException internal(String fmt, Object... args) {
        return VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.DOMAIN_CHECKPOINT, String.format(fmt, args));
    }

    static VirtException unsupported(String fmt, Object... args) {
        return VirtException.of(ErrorCode.CONFIG_UNSUPPORTED, ErrorDomain.DOMAIN_CHECKPOINT, String.format(fmt, args));
    }

    /**
     * libvirt's RELAX NG refusal (virXMLValidateAgainstSchema): the schema's path, then each of libxml2's messages
     * ({@link CheckpointSchema}) on its own line, the last one ending the text with a newline as well.
     */
    static VirtException schema(List<String> messages) {
        StringBuilder b = new StringBuilder("Unable to validate doc against ").append(CheckpointSchema.PATH).append('\n');
        for (String m : messages) {
            b.append(m).append('\n');
        }
        return VirtException.of(ErrorCode.XML_INVALID_SCHEMA, ErrorDomain.XML, b.toString());
    }
}
