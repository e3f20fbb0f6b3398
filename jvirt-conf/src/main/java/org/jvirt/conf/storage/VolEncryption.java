package org.jvirt.conf.storage;

import java.util.List;

/**
 * A volume's {@code <target><encryption>} (virStorageEncryption): how the image is encrypted and which
 * secrets unlock it. Only LUKS keeps its cipher and ivgen; libvirt reads them for no other format.
 *
 * @param format "default", "qcow", "luks" or "luks2"
 * @param engine "qemu" or "librbd", null when not given (libvirt's default engine is never written)
 * @param secrets the {@code <secret>} children in document order
 * @param cipher the LUKS cipher, or null
 * @param ivgen the LUKS initialisation vector generator, or null (only present with a cipher)
 */
public record VolEncryption(String format, String engine, List<Secret> secrets, Cipher cipher, Ivgen ivgen) {

    public static final List<String> FORMATS = List.of("default", "qcow", "luks", "luks2");
    /** Index 0 ("default") is refused when written in the XML (VIR_XML_PROP_NONZERO). */
    public static final List<String> ENGINES = List.of("default", "qemu", "librbd");

    public VolEncryption {
        secrets = List.copyOf(secrets);
    }

    /** {@code <secret type='passphrase'>} naming a secret object by uuid (lower-case, dashed) or by usage. */
    public record Secret(String type, String uuid, String usage) {
    }

    /** {@code <cipher name size mode hash>}: size is an unsigned int; mode and hash may be null. */
    public record Cipher(String name, long size, String mode, String hash) {
    }

    /** {@code <ivgen name hash>}: hash may be null. */
    public record Ivgen(String name, String hash) {
    }
}
