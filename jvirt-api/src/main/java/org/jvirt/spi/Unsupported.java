package org.jvirt.spi;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** The error of a driver-table entry a driver does not fill (libvirt's virReportUnsupportedError). */
public final class Unsupported {

    private Unsupported() {
    }

    public static VirtException call(String publicFunction) {
        return VirtException.of(ErrorCode.NO_SUPPORT, apiDomain(publicFunction), publicFunction);
    }

    /** The error domain libvirt's public layer reports under for a function (its file's VIR_FROM_THIS). */
    public static ErrorDomain apiDomain(String publicFunction) {
        if (publicFunction.contains("Checkpoint")) {
            return ErrorDomain.DOMAIN_CHECKPOINT; // libvirt-domain-checkpoint.c
        }
        if (publicFunction.contains("Snapshot")) {
            return ErrorDomain.DOMAIN_SNAPSHOT; // libvirt-domain-snapshot.c
        }
        if (publicFunction.contains("StoragePool") || publicFunction.contains("StorageVol")) {
            return ErrorDomain.STORAGE; // libvirt-storage.c
        }
        if (publicFunction.contains("NodeDevice") || publicFunction.equals("virNodeNumOfDevices")
                || publicFunction.equals("virNodeListDevices")) {
            return ErrorDomain.NODEDEV; // libvirt-nodedev.c
        }
        if (publicFunction.startsWith("virInterface") || publicFunction.endsWith("Interfaces")) {
            return ErrorDomain.INTERFACE; // libvirt-interface.c
        }
        if (publicFunction.contains("Secret")) {
            return ErrorDomain.SECRET; // libvirt-secret.c
        }
        if (publicFunction.contains("NWFilter")) {
            return ErrorDomain.NWFILTER; // libvirt-nwfilter.c
        }
        return publicFunction.contains("Network") ? ErrorDomain.NETWORK : ErrorDomain.DOMAIN;
    }
}
