package org.jvirt;

import java.util.UUID;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtError;
import org.jvirt.error.VirtException;
import org.jvirt.flags.ConnectFlag;
import org.jvirt.flags.DomainSaveRestoreFlag;
import org.jvirt.spi.ConnectDriver;
import org.jvirt.spi.ConnectUri;
import org.jvirt.spi.HypervisorDriver;
import org.jvirt.spi.InterfaceDriver;
import org.jvirt.spi.NWFilterDriver;
import org.jvirt.spi.NetworkDriver;
import org.jvirt.spi.NodeDeviceDriver;
import org.jvirt.spi.SecretDriver;
import org.jvirt.spi.StorageDriver;
import org.jvirt.spi.Unsupported;

/**
 * A connection to a hypervisor (libvirt's virConnect). Every method goes through {@link Dispatch}; nothing else
 * happens here. This file holds the connection itself; the calls of each object family live in the
 * {@code Connect*Calls} interfaces it implements (hosts, domains, networks, storage, secrets, filters, host
 * interfaces, node devices), so each file stays small.
 */
public final class Connect implements AutoCloseable, ConnectHostCalls, ConnectDomainCalls, ConnectNetworkCalls,
        ConnectStorageCalls, ConnectSecretCalls, ConnectNWFilterCalls, ConnectInterfaceCalls, ConnectNodeDeviceCalls {

    /** The libvirt version this API follows, as virConnectGetLibVersion encodes it (major*1,000,000+minor*1,000+micro). */
    public static final long LIB_VERSION = 9_000_000L;

    private final ConnectDriver driver;
    private final String uri;
    private final boolean readOnly;
    private volatile boolean closed;
    private volatile VirtError lastError;
    private volatile ErrorListener errorListener;
    private final EventThread eventThread = new EventThread();
    private final EventDelivery events = new EventDelivery(this, eventThread);
    private final ObjectEvents nodeDeviceEvents = new ObjectEvents("jvirt-events", eventThread);
    private final ObjectEvents networkEvents = new ObjectEvents("jvirt-events", eventThread);
    private final ObjectEvents poolEvents = new ObjectEvents("jvirt-events", eventThread);

    private Connect(ConnectDriver driver, String uri, boolean readOnly) {
        this.driver = driver;
        this.uri = uri;
        this.readOnly = readOnly;
    }

    /** virConnectOpen: null means the default URI. */
    public static Connect open(String uri) {
        return open(uri, 0);
    }

    /** virConnectOpenReadOnly. */
    public static Connect openReadOnly(String uri) {
        return open(uri, ConnectFlag.RO.value());
    }

    /** virConnectOpenAuth without credentials: flags are virConnectFlags. */
    public static Connect open(String uri, int flags) {
        Errors.resetLastError();
        try {
            String text = uri == null || uri.isEmpty() ? Drivers.defaultUri() : uri;
            ConnectUri parsed = ConnectUri.parse(text);
            ConnectDriver d = Drivers.open(parsed, flags);
            return new Connect(d, text, (flags & ConnectFlag.RO.value()) != 0);
        } catch (VirtException e) {
            Dispatch.raise(null, e.error());
            throw e;
        }
    }

    HypervisorDriver hv() {
        return driver.hypervisor();
    }

    NetworkDriver net() {
        return driver.network();
    }

    StorageDriver storage() {
        return driver.storage();
    }

    SecretDriver secret() {
        return driver.secret();
    }

    NWFilterDriver nwfilter() {
        return driver.nwfilter();
    }

    InterfaceDriver ifaces() {
        return driver.interfaces();
    }

    NodeDeviceDriver nodeDevices() {
        return driver.nodeDevices();
    }

    /** The domain event delivery of this connection (ConnectDomainCalls registers through it). */
    EventDelivery domainEvents() {
        return events;
    }

    ObjectEvents networkEvents() {
        return networkEvents;
    }

    ObjectEvents poolEvents() {
        return poolEvents;
    }

    ObjectEvents nodeDeviceEvents() {
        return nodeDeviceEvents;
    }

    boolean isClosed() {
        return closed;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    void recordError(VirtError error) {
        lastError = error;
    }

    ErrorListener errorListener() {
        return errorListener;
    }

    /** virConnGetLastError. */
    public VirtError lastError() {
        return lastError;
    }

    /** virConnResetLastError. */
    public void resetLastError() {
        lastError = null;
    }

    /** virConnSetErrorFunc: this connection's listener takes precedence over the global one; null removes it. */
    public void setErrorListener(ErrorListener listener) {
        errorListener = listener;
    }

    /** virConnectClose. Closing twice is harmless. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            driver.close();
            eventThread.stop();
        }
    }

    // ---- connection (libvirt.c, libvirt-host.c) ----

    public String getType() {
        return Dispatch.read(this, "virConnectGetType", () -> hv().connectGetType());
    }

    public long getVersion() {
        return Dispatch.read(this, "virConnectGetVersion", () -> hv().connectGetVersion());
    }

    public long getLibVersion() {
        return Dispatch.read(this, "virConnectGetLibVersion", () -> LIB_VERSION);
    }

    public String getHostname() {
        return Dispatch.read(this, "virConnectGetHostname", () -> hv().connectGetHostname());
    }

    public String getURI() {
        return Dispatch.read(this, "virConnectGetURI", () -> uri);
    }

    public String getSysinfo(int flags) {
        return Dispatch.read(this, "virConnectGetSysinfo", () -> hv().connectGetSysinfo(flags));
    }

    public int getMaxVcpus(String type) {
        return Dispatch.read(this, "virConnectGetMaxVcpus", () -> hv().connectGetMaxVcpus(type));
    }

    public String getCapabilities() {
        return Dispatch.read(this, "virConnectGetCapabilities", () -> hv().connectGetCapabilities());
    }

    /**
     * virConnectGetDomainCapabilities: what the hypervisor offers for one emulator/arch/machine/virttype (each
     * may be null for the driver's default), as domain capabilities XML.
     */
    public String getDomainCapabilities(String emulatorbin, String arch, String machine, String virttype, int flags) {
        return Dispatch.read(this, "virConnectGetDomainCapabilities",
                () -> hv().connectGetDomainCapabilities(emulatorbin, arch, machine, virttype, flags));
    }

    public boolean isAlive() {
        return !closed && Dispatch.read(this, "virConnectIsAlive", () -> hv().connectIsAlive());
    }

    public boolean isSecure() {
        return Dispatch.read(this, "virConnectIsSecure", () -> hv().connectIsSecure());
    }

    public boolean isEncrypted() {
        return Dispatch.read(this, "virConnectIsEncrypted", () -> hv().connectIsEncrypted());
    }

    // ---- argument checks shared by the public calls ----

    /** The read-only refusal of the XML getters that can reveal secrets ("... with secure flag"). */
    static void denySecureOnReadOnly(Connect conn, int flags, String fn) {
        denySecureOnReadOnly(conn, ErrorDomain.DOMAIN, flags, fn);
    }

    /** The same refusal reported under another API file's error domain (snapshots, checkpoints). */
    static void denySecureOnReadOnly(Connect conn, ErrorDomain errorDomain, int flags, String fn) {
        if (conn.isReadOnly() && (flags & 1) != 0) {
            throw VirtException.of(ErrorCode.OPERATION_DENIED, errorDomain, "%s with secure flag", fn);
        }
    }

    /** The uuidstr argument of a *LookupByUUIDString call: non-null, then virUUIDParse ({@link Uuids#parse}). */
    static UUID uuidArg(String text, String fn) {
        return Uuids.parse(requireArg(text, "uuidstr", fn), fn);
    }

    /** virFileAbsPath: files named by the caller are resolved against the caller's directory, not the driver's. */
    static String absolutePath(String path) {
        return java.nio.file.Path.of(path).toAbsolutePath().toString();
    }

    /** VIR_EXCLUSIVE_FLAGS_GOTO of save, managed save and restore. */
    static void checkSaveFlags(int flags) {
        int both = DomainSaveRestoreFlag.RUNNING.value() | DomainSaveRestoreFlag.PAUSED.value();
        if ((flags & both) == both) {
            throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                    "Flags 'VIR_DOMAIN_SAVE_RUNNING' and 'VIR_DOMAIN_SAVE_PAUSED' are mutually exclusive", null, null);
        }
    }

    /** libvirt's virCheckNonNullArgGoto: "invalid argument: name in virDomainLookupByName must not be NULL". */
    static <T> T requireArg(T value, String arg, String function) {
        if (value == null) {
            throw VirtException.raw(ErrorCode.INVALID_ARG, Unsupported.apiDomain(function),
                    arg + " in " + function + " must not be NULL", function, arg);
        }
        return value;
    }
}
