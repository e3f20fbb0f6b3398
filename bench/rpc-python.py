#!/usr/bin/python3
"""python3-libvirt through a daemon's socket: the anchor and the client of the wire-protocol benchmarks.

usage: rpc-python.py info URI [SECONDS]       dom.info() round trips on domain 'test'; prints calls/s
       rpc-python.py listall URI [REPEATS]    listAllDomains(0); prints the median seconds and the count
"""
import statistics
import sys
import time

import libvirt


def info(uri, seconds):
    conn = libvirt.open(uri)
    dom = conn.lookupByName("test")
    end = time.perf_counter() + min(1.0, seconds / 4)
    while time.perf_counter() < end:
        dom.info()
    n = 0
    start = time.perf_counter()
    end = start + seconds
    while True:
        for _ in range(100):
            dom.info()
        n += 100
        now = time.perf_counter()
        if now >= end:
            break
    print("%.0f" % (n / (now - start)))
    conn.close()


def listall(uri, repeats):
    conn = libvirt.open(uri)
    times = []
    count = 0
    for _ in range(repeats):
        start = time.perf_counter()
        count = len(conn.listAllDomains(0))
        times.append(time.perf_counter() - start)
    print("%.4f %d" % (statistics.median(times), count))
    conn.close()


def main():
    libvirt.registerErrorHandler(lambda ctx, err: None, None)
    mode, uri = sys.argv[1], sys.argv[2]
    if mode == "info":
        info(uri, float(sys.argv[3]) if len(sys.argv) > 3 else 3.0)
    elif mode == "listall":
        listall(uri, int(sys.argv[3]) if len(sys.argv) > 3 else 5)
    else:
        sys.exit("unknown mode " + mode)


if __name__ == "__main__":
    main()
