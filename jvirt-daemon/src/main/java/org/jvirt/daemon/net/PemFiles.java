package org.jvirt.daemon.net;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.jvirt.rpc.pem.Pem;

/**
 * The daemon's certificate and key files, read by jvirt-rpc's {@link Pem}; a file that does not hold what it
 * should is an IOException naming it, which start-up reports as the daemon's failure.
 */
public final class PemFiles {

    private PemFiles() {
    }

    public static List<X509Certificate> certificates(Path file) throws IOException {
        try {
            return Pem.certificates(Files.readAllBytes(file));
        } catch (GeneralSecurityException e) {
            throw new IOException("Unable to read certificates from '" + file + "': " + e.getMessage(), e);
        }
    }

    public static PrivateKey privateKey(Path file) throws IOException {
        try {
            return Pem.privateKey(Files.readAllBytes(file));
        } catch (GeneralSecurityException e) {
            throw new IOException("Unable to read private key from '" + file + "': " + e.getMessage(), e);
        }
    }
}
