#!/usr/bin/python3
"""Regenerates the StoragePoolXml2XmlTest and StorageVolXml2XmlTest expectations from real libvirt 9.0.

Pools (storagepoolxml2xml/NAME.xml): defined on libvirt's test driver (test:///default), `pool-dumpxml` written
to NAME.out.xml, undefined again. Volumes (storagevolxml2xml/NAME.xml): created in a pool of the test driver
(a disk pool at /dev when the name contains `disk-`, a logical pool 'oraclevg' when it contains `logical-`,
else 'default-pool'), dumped, deleted. The test driver sets a volume's path to POOLPATH/NAME and its key to the
path, whatever the XML says; the Java suite applies the same rule. Refused inputs get NAME.err: error code
number, error domain number, message.
Run: /usr/bin/python3 jvirt-conf/src/test/scripts/storagexml2xml-oracle.py [files...]
"""
import glob
import os
import sys

import libvirt

libvirt.registerErrorHandler(lambda ctx, err: None, None)
RES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources')
POOLS = os.path.join(RES, 'storagepoolxml2xml')
VOLS = os.path.join(RES, 'storagevolxml2xml')

DISK_POOL = ("<pool type='disk'><name>oracle-disk</name><source><device path='/dev/sdz'/></source>"
             "<target><path>/dev</path></target></pool>")
LOGICAL_POOL = "<pool type='logical'><name>oraclevg</name></pool>"


def write_err(base, e):
    with open(base + '.err', 'w') as f:
        f.write('%d\n%d\n%s\n' % (e.get_error_code(), e.get_error_domain(), e.get_error_message()))


def pool_case(conn, path):
    base = path[:-len('.xml')]
    with open(path) as f:
        xml = f.read()
    try:
        pool = conn.storagePoolDefineXML(xml, 0)
        out = pool.XMLDesc(0)
        pool.undefine()
        with open(base + '.out.xml', 'w') as f:
            f.write(out)
        print('ok  ', os.path.basename(path))
    except libvirt.libvirtError as e:
        write_err(base, e)
        print('err ', os.path.basename(path), e.get_error_message())


def vol_case(conn, path):
    base = path[:-len('.xml')]
    name = os.path.basename(path)
    with open(path) as f:
        xml = f.read()
    if 'disk-' in name:
        pool = conn.storagePoolLookupByName('oracle-disk')
    elif 'logical-' in name:
        pool = conn.storagePoolLookupByName('oraclevg')
    else:
        pool = conn.storagePoolLookupByName('default-pool')
    try:
        vol = pool.createXML(xml, 0)
        out = vol.XMLDesc(0)
        vol.delete(0)
        with open(base + '.out.xml', 'w') as f:
            f.write(out)
        print('ok  ', name)
    except libvirt.libvirtError as e:
        write_err(base, e)
        print('err ', name, e.get_error_message())


conn = libvirt.open('test:///default')
for xml in (DISK_POOL, LOGICAL_POOL):
    conn.storagePoolDefineXML(xml, 0).create(0)
files = sys.argv[1:] or sorted(p for d in (POOLS, VOLS) for p in glob.glob(os.path.join(d, '*.xml'))
                                if not p.endswith('.out.xml'))
for p in files:
    (pool_case if os.path.dirname(os.path.abspath(p)) == os.path.abspath(POOLS) else vol_case)(conn, p)
