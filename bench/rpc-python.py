#!/usr/bin/python3
"""python3-libvirt through a daemon's socket: the anchor and the client of the wire-protocol benchmarks.

usage: rpc-python.py info URI [SECONDS]       dom.info() round trips on domain 'test'; prints calls/s
       rpc-python.py listall URI [REPEATS [PID]]
           listAllDomains(0) REPEATS times; prints the median seconds and the count, and with PID that
           process's resident size in KiB as `ps -o rss=` reports it, read while this connection still holds
           the node (the daemon's steady state with the node loaded, after the calls)
"""
import statistics
import subprocess
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


def listall(uri, repeats, pid):
    conn = libvirt.open(uri)
    times = []
    count = 0
    for _ in range(repeats):
        start = time.perf_counter()
        count = len(conn.listAllDomains(0))
        times.append(time.perf_counter() - start)
    rss = ""
    if pid:
        rss = " " + subprocess.run(["ps", "-o", "rss=", "-p", pid], capture_output=True, text=True,
                                   check=True).stdout.strip()
    print("%.4f %d%s" % (statistics.median(times), count, rss))
    conn.close()


def main():
    libvirt.registerErrorHandler(lambda ctx, err: None, None)
    mode, uri = sys.argv[1], sys.argv[2]
    if mode == "info":
        info(uri, float(sys.argv[3]) if len(sys.argv) > 3 else 3.0)
    elif mode == "listall":
        listall(uri, int(sys.argv[3]) if len(sys.argv) > 3 else 5, sys.argv[4] if len(sys.argv) > 4 else None)
    else:
        sys.exit("unknown mode " + mode)


if __name__ == "__main__":
    main()
