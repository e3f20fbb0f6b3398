package org.jvirt.driver.remote;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.jvirt.rpc.pem.Pem;

/**
 * The client's CA, certificate and key files, read by jvirt-rpc's {@link Pem}. Only the kind of failure matters
 * here: RemoteTls words libvirt's errors ("Unable to import CA certificate list ...") around it.
 */
final class PemFiles {

    private PemFiles() {
    }

    static List<X509Certificate> certificates(byte[] pem) throws CertificateException {
        try {
            return Pem.certificates(pem);
        } catch (CertificateException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new CertificateException(e.getMessage(), e);
        }
    }

    static PrivateKey privateKey(byte[] pem) throws GeneralSecurityException {
        return Pem.privateKey(pem);
    }
}
