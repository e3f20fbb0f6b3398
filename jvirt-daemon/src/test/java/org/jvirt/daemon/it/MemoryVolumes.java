package org.jvirt.daemon.it;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.ConnectDriver;
import org.jvirt.spi.ConnectDriverProvider;
import org.jvirt.spi.ConnectUri;
import org.jvirt.spi.HypervisorDriver;
import org.jvirt.spi.StorageDriver;
import org.jvirt.spi.StoragePoolRef;
import org.jvirt.spi.StorageVolRef;
import org.jvirt.spi.StreamDriver;

/**
 * A test-only driver (scheme "memvol") whose one pool "mem" keeps volumes as byte arrays and supports
 * virStorageVolUpload/Download, which libvirt's test driver refuses: it lets StreamIT drive real data through
 * jvirtd's streams with real virsh. Volume "broken" fails every write after the first packet.
 */
public final class MemoryVolumes implements ConnectDriverProvider {

    static final Map<String, byte[]> VOLUMES = new ConcurrentHashMap<>();
    static final UUID POOL_UUID = UUID.fromString("6c0b4ac7-93fb-4bba-9b4d-3b3a2f4d4a11");

    @Override
    public Set<String> uriSchemes() {
        return Set.of("memvol");
    }

    @Override
    public Optional<ConnectDriver> connectOpen(ConnectUri uri, int flags) {
        HypervisorDriver hv = new HypervisorDriver() {
            @Override
            public String connectGetType() {
                return "memvol";
            }
        };
        StorageDriver storage = new Storage();
        return Optional.of(new ConnectDriver() {
            @Override
            public HypervisorDriver hypervisor() {
                return hv;
            }

            @Override
            public StorageDriver storage() {
                return storage;
            }

            @Override
            public void close() {
            }
        });
    }

    private static final class Storage implements StorageDriver {
        @Override
        public StoragePoolRef storagePoolLookupByName(String name) {
            if (!name.equals("mem")) {
                throw VirtException.of(ErrorCode.NO_STORAGE_POOL, ErrorDomain.STORAGE,
                        "Storage pool not found: no storage pool with matching name '%s'", name);
            }
            return new StoragePoolRef("mem", POOL_UUID);
        }

        @Override
        public boolean storagePoolIsActive(StoragePoolRef pool) {
            return true;
        }

        @Override
        public StorageVolRef storageVolLookupByName(StoragePoolRef pool, String name) {
            return new StorageVolRef("mem", name, "/mem/" + name);
        }

        @Override
        public StreamDriver storageVolUpload(StorageVolRef vol, long offset, long length, int flags) {
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            boolean broken = vol.name().equals("broken");
            return new StreamDriver() {
                @Override
                public int send(byte[] b, int off, int len) {
                    if (broken && data.size() > 0) {
                        throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.STORAGE,
                                "cannot write to volume '%s': No space left on device", vol.name());
                    }
                    data.write(b, off, len);
                    return len;
                }

                @Override
                public void finish() {
                    VOLUMES.put(vol.name(), data.toByteArray());
                }

                @Override
                public void abort() {
                }
            };
        }

        @Override
        public StreamDriver storageVolDownload(StorageVolRef vol, long offset, long length, int flags) {
            byte[] all = VOLUMES.getOrDefault(vol.name(), new byte[0]);
            int[] pos = {(int) Math.min(offset, all.length)};
            int end = length == 0 ? all.length : (int) Math.min(all.length, pos[0] + length);
            return new StreamDriver() {
                @Override
                public int recv(byte[] buf, int off, int len) {
                    int n = Math.min(len, end - pos[0]);
                    System.arraycopy(all, pos[0], buf, off, n);
                    pos[0] += n;
                    return n;
                }

                @Override
                public void finish() {
                }

                @Override
                public void abort() {
                }
            };
        }
    }
}
