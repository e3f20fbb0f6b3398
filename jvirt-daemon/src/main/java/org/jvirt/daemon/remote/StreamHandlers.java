package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.StorageProcedures.STORAGE_VOL_DOWNLOAD;
import static org.jvirt.rpc.remote.StorageProcedures.STORAGE_VOL_UPLOAD;

import org.jvirt.StorageVol;
import org.jvirt.Stream;
import org.jvirt.rpc.xdr.XdrVoid;

/**
 * The stream calls (remoteDispatchStorageVolUpload/Download): a stream on the client's Connect, the transfer
 * started through the public API, and the stream registered under the call's serial for the packets that
 * follow the reply. A refused transfer is an ordinary error reply and no stream exists.
 */
final class StreamHandlers {

    private StreamHandlers() {
    }

    static void register(HandlerTable t) {
        t.on(STORAGE_VOL_UPLOAD, (c, a) -> {
            StorageVol vol = c.storageVol(a.vol());
            Stream st = c.conn().newStream(0);
            vol.upload(st, a.offset(), a.length(), a.flags());
            c.streams().add(RemoteProgram.currentCall(), st, false);
            return XdrVoid.VOID;
        });
        t.on(STORAGE_VOL_DOWNLOAD, (c, a) -> {
            StorageVol vol = c.storageVol(a.vol());
            Stream st = c.conn().newStream(0);
            vol.download(st, a.offset(), a.length(), a.flags());
            c.streams().add(RemoteProgram.currentCall(), st, true);
            return XdrVoid.VOID;
        });
        t.on(org.jvirt.rpc.remote.DomainProcedures.DOMAIN_OPEN_CONSOLE, (c, a) -> {
            org.jvirt.Domain dom = c.domain(a.dom());
            Stream st = c.conn().newStream(0);
            dom.openConsole(a.devName(), st, a.flags());
            // a console's output flows out while the client's keys flow in on the same serial
            c.streams().addConsole(RemoteProgram.currentCall(), st);
            return XdrVoid.VOID;
        });
    }
}
