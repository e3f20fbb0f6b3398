# Domain events through python3-libvirt's default event loop: register lifecycle, reboot and metadata
# callbacks, change the domain from a second connection, run the loop until every expected event arrived
# (or a deadline passed), print them in order. Usage: events.py URI
import sys
import threading
import time
import libvirt

uri = sys.argv[1]
libvirt.virEventRegisterDefaultImpl()
seen = []
lock = threading.Lock()


def lifecycle(conn, dom, event, detail, opaque):
    with lock:
        seen.append("lifecycle %s %d %d" % (dom.name(), event, detail))


def reboot(conn, dom, opaque):
    with lock:
        seen.append("reboot %s" % dom.name())


def metadata(conn, dom, mtype, nsuri, opaque):
    with lock:
        seen.append("metadata %s %d %s" % (dom.name(), mtype, nsuri))


watcher = libvirt.open(uri)
watcher.setKeepAlive(5, 3)
ids = [
    watcher.domainEventRegisterAny(None, libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, lifecycle, None),
    watcher.domainEventRegisterAny(None, libvirt.VIR_DOMAIN_EVENT_ID_REBOOT, reboot, None),
    watcher.domainEventRegisterAny(None, libvirt.VIR_DOMAIN_EVENT_ID_METADATA_CHANGE, metadata, None),
]
only_test = watcher.domainEventRegisterAny(watcher.lookupByName("test"), libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                           lambda c, d, e, det, o: seen.append("filtered %s %d" % (d.name(), e)), None)

actor = libvirt.open(uri)
d = actor.lookupByName("test")
d.suspend()
d.resume()
d.reboot(0)
d.setMetadata(libvirt.VIR_DOMAIN_METADATA_TITLE, "t", None, None, 0)
d.destroy()
foo = actor.defineXML("<domain type='test'><name>foo</name><memory>1024</memory><os><type>hvm</type></os></domain>")
foo.create()
foo.destroy()
foo.undefine()
expected = 11  # test driver: no reboot event (libvirt's neither)

deadline = time.time() + 10
while time.time() < deadline:
    with lock:
        if len(seen) >= expected:
            break
    libvirt.virEventRunDefaultImpl()

for i in ids:
    watcher.domainEventDeregisterAny(i)
watcher.domainEventDeregisterAny(only_test)
try:
    watcher.domainEventDeregisterAny(only_test)
except libvirt.libvirtError as e:
    print("deregister twice ! code=%d domain=%d msg=%s" % (e.get_error_code(), e.get_error_domain(), e.get_error_message()))
for s in seen:
    print(s)
actor.close()
watcher.close()
