package org.jvirt.driver.remote;

/**
 * Where libvirt's TLS client finds its PEM files (virNetTLSContextNewClientPath): {@code pkipath=DIR} gives
 * DIR/cacert.pem, DIR/clientcert.pem, DIR/clientkey.pem; otherwise root uses the system paths and other users
 * ~/.pki/libvirt, file by file falling back to the system's.
 */
final class RemotePki {

    static final String SYSTEM_CA = "/etc/pki/CA/cacert.pem";
    static final String SYSTEM_CERT = "/etc/pki/libvirt/clientcert.pem";
    static final String SYSTEM_KEY = "/etc/pki/libvirt/private/clientkey.pem";

    private RemotePki() {
    }

    static RemoteTlsSettings locate(String pkipath, RemoteHost host, boolean verify) {
        if (pkipath != null) {
            return new RemoteTlsSettings(pkipath + "/cacert.pem", pkipath + "/clientcert.pem",
                    pkipath + "/clientkey.pem", verify);
        }
        if (host.euid() != 0) {
            String dir = host.home() + "/.pki/libvirt";
            return new RemoteTlsSettings(userOrSystem(host, dir + "/cacert.pem", SYSTEM_CA),
                    userOrSystem(host, dir + "/clientcert.pem", SYSTEM_CERT),
                    userOrSystem(host, dir + "/clientkey.pem", SYSTEM_KEY), verify);
        }
        return new RemoteTlsSettings(SYSTEM_CA, SYSTEM_CERT, SYSTEM_KEY, verify);
    }

    private static String userOrSystem(RemoteHost host, String user, String system) {
        return host.exists(user) ? user : system;
    }
}
