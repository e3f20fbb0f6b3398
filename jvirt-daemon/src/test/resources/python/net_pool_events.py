# Network and storage pool events through python3-libvirt's default event loop: a watcher registers network
# lifecycle, pool lifecycle and pool refresh callbacks (one filtered on its pool), an actor connection defines,
# starts, refreshes, stops and removes a network and a pool of its own; the watcher prints the events about
# those two in order (other clients' objects on a shared daemon are ignored). Usage: net_pool_events.py URI TAG
import sys
import threading
import time
import libvirt

uri, tag = sys.argv[1], sys.argv[2]
net_name, pool_name = "npe-net-" + tag, "npe-pool-" + tag
libvirt.virEventRegisterDefaultImpl()
seen = []
lock = threading.Lock()


def mine(name):
    return name in (net_name, pool_name)


def net_cb(conn, net, event, detail, opaque):
    if mine(net.name()):
        with lock:
            seen.append("%s net %s %d %d" % (opaque, net.name()[:7], event, detail))


def pool_cb(conn, pool, event, detail, opaque):
    if mine(pool.name()):
        with lock:
            seen.append("%s pool %s %d %d" % (opaque, pool.name()[:8], event, detail))


def refresh_cb(conn, pool, opaque):
    if mine(pool.name()):
        with lock:
            seen.append("%s refresh %s" % (opaque, pool.name()[:8]))


watcher = libvirt.open(uri)
actor = libvirt.open(uri)
ids = [watcher.networkEventRegisterAny(None, libvirt.VIR_NETWORK_EVENT_ID_LIFECYCLE, net_cb, "all"),
       watcher.storagePoolEventRegisterAny(None, libvirt.VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE, pool_cb, "all"),
       watcher.storagePoolEventRegisterAny(None, libvirt.VIR_STORAGE_POOL_EVENT_ID_REFRESH, refresh_cb, "all")]
n = actor.networkDefineXML("<network><name>%s</name><bridge name='npe%s'/></network>" % (net_name, tag[-6:]))
p = actor.storagePoolDefineXML("<pool type='dir'><name>%s</name><target><path>/%s</path></target></pool>"
                               % (pool_name, pool_name), 0)
only = watcher.storagePoolEventRegisterAny(watcher.storagePoolLookupByName(pool_name),
                                           libvirt.VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE, pool_cb, "only")
n.create()
n.destroy()
n.undefine()
p.build(0)
p.create(0)
p.refresh(0)
p.destroy()
p.delete(0)
p.undefine()
expected = 4 + 1 + 5 * 2 + 1

deadline = time.time() + 10
while time.time() < deadline:
    with lock:
        if len(seen) >= expected:
            break
    libvirt.virEventRunDefaultImpl()

for i in ids[:1]:
    watcher.networkEventDeregisterAny(i)
for i in ids[1:] + [only]:
    watcher.storagePoolEventDeregisterAny(i)
for line in seen:
    print(line)
