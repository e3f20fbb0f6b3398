package org.jvirt.driver.remote;

/**
 * The client side of libvirt's TLS: the PEM files it reads (virNetTLSContextNewClientPath) and whether the
 * server's certificate is checked ({@code no_verify=1} turns the check off, as libvirt's verifyPeer=false does).
 * A missing client certificate or key is allowed (the server may not ask for one); a missing CA is an error.
 */
record RemoteTlsSettings(String caCert, String clientCert, String clientKey, boolean verify) {
}
