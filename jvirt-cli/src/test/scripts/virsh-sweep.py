#!/usr/bin/env python3
"""Option sweep: runs generated command lines in a fresh `virsh -c test:///default` and a fresh
`bin/jvirsh -c test:///default` and reports every line whose stdout, stderr or exit status differ.

The command and option tables come from real virsh's own `help CMD` output, so every option virsh 9.0
knows is exercised: alone, in a few combinations, and with bad values. Mutating lines are followed by a
read-back of the object they touched, in the same `;`-separated line, so silently ignored options show.

usage: virsh-sweep.py [--jobs N] [--only REGEX] [--out DIR] [--list]
"""
import argparse, concurrent.futures, json, os, re, subprocess, sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '../../../..'))
JVIRSH = os.path.join(ROOT, 'bin', 'jvirsh')
FIX = '/tmp/jvirt-sweep-fixtures'
URI = 'test:///default'

# Commands that wait for a terminal, an editor, a signal or the network: not swept.
SKIP = {'console', 'edit', 'net-edit', 'pool-edit', 'iface-edit', 'nwfilter-edit', 'snapshot-edit',
        'checkpoint-edit', 'nwfilter-binding-edit', 'secret-edit', 'net-port-edit', 'cd', 'quit', 'exit',
        'event', 'net-event', 'pool-event', 'nodedev-event', 'secret-event', 'qemu-monitor-event',
        'migrate', 'domdirtyrate-calc', 'vol-download', 'vol-upload', 'connect', 'managedsave-edit',
        'save-image-edit', 'qemu-attach'}

FIXTURES = {
    'dom.xml': "<domain type='test'><name>d2</name><memory>102400</memory><os><type>hvm</type></os></domain>\n",
    'net.xml': "<network><name>n2</name><bridge name='virbr9'/><ip address='192.168.9.1' netmask='255.255.255.0'/></network>\n",
    'pool.xml': "<pool type='dir'><name>p2</name><target><path>/p2</path></target></pool>\n",
    'vol.xml': "<volume><name>v2</name><capacity>1048576</capacity></volume>\n",
    'iface.xml': "<interface type='ethernet' name='eth9'><start mode='onboot'/><mac address='aa:bb:cc:dd:ee:09'/></interface>\n",
    'disk.xml': "<disk type='file' device='disk'><source file='/guest/x.img'/><target dev='vdb' bus='virtio'/></disk>\n",
    'snap.xml': "<domainsnapshot><name>s2</name><description>d</description></domainsnapshot>\n",
    'ckpt.xml': "<domaincheckpoint><name>c2</name></domaincheckpoint>\n",
    'nodedev.xml': "<device><parent>scsi_host11</parent><capability type='scsi_host'><capability type='fc_host'><wwnn>2000000012341234</wwnn><wwpn>1000000012341234</wwpn></capability></capability></device>\n",
    'secret.xml': "<secret ephemeral='no' private='no'><usage type='volume'><volume>/x</volume></usage></secret>\n",
    'empty.txt': "",
    'bad.xml': "<domain",
}

FILE_FOR = [  # (command regex, fixture) for the --file / --xml / --xmlfile argument
    (r'^(define|create|domxml-to-native)$', 'dom.xml'),
    (r'^net-', 'net.xml'), (r'^pool-', 'pool.xml'), (r'^vol-', 'vol.xml'), (r'^iface-', 'iface.xml'),
    (r'^(attach|detach|update)-device', 'disk.xml'), (r'^snapshot-', 'snap.xml'),
    (r'^checkpoint-', 'ckpt.xml'), (r'^nodedev-', 'nodedev.xml'), (r'^secret-', 'secret.xml'),
]

# Good values by option name; per-command overrides below.
VALUES = {
    'domain': 'test', 'network': 'default', 'pool': 'default-pool', 'vol': 'v1', 'interface': 'eth1',
    'device': 'computer', 'snapshotname': 's1', 'checkpointname': 'c1', 'size': '1000', 'count': '1',
    'vcpu': '0', 'cpulist': '0', 'name': 'x1', 'capacity': '1M', 'allocation': '1K', 'format': 'raw',
    'type': 'dir', 'target': '/tmp/x', 'source': 'default', 'mac': '52:54:00:00:00:01', 'path': 'vda',
    'newname': 'ren', 'new-name': 'ren', 'state': 'up', 'parent': 'scsi_host11', 'uri': URI,
    'keycode': 'KEY_A', 'period': '2', 'title': 'T1', 'new-desc': 'D1', 'description': 'D1',
    'nodeset': '0', 'mode': 'strict', 'cellno': '0', 'pagesize': '4', 'pagecount': '10', 'bandwidth': '10',
    'timeout': '5', 'weight': '100', 'string': 'hello', 'cmd': 'x', 'key': 'k1', 'alias': 'ua-x',
    'model': 'virtio', 'bridge': 'virbr0', 'command': 'update', 'section': 'ip-dhcp-host',
    'xml': "<host mac='52:54:00:00:00:09' ip='192.168.122.9'/>", 'iothread': '1', 'id': '1',
    'maxmem': '8388608', 'memory': '1000', 'hard-limit': '1000', 'soft-limit': '1000',
    'swap-hard-limit': '1000', 'min-guarantee': '1000', 'signame': 'SIGTERM', 'pid': '1', 'user': 'root',
    'password': 'pw', 'mountpoint': '/', 'set': 'on', 'action': 'poweroff', 'threshold': '1000',
    'dev': 'vda', 'duration': '1', 'downtime': '10', 'arch': 'x86_64', 'cpuset': '0', 'emulator': '/usr/bin/qemu',
    'machine': 'pc', 'virttype': 'test', 'cellno': '0', 'features': 'x', 'diskspec': 'vda,snapshot=no',
    'memspec': 'snapshot=no', 'event': 'lifecycle', 'level': '2', 'reason': 'x', 'inbound': '100',
    'outbound': '100', 'total-bytes-sec': '1000', 'read-bytes-sec': '100', 'vcpulist': '0', 'hostname': 'h',
    'secret': '6695eb01-f6a4-8304-79aa-97f2502e193f', 'base64': 'aGVsbG8=', 'filename': '/tmp/x',
    'sparse': '', 'length': '10', 'offset': '0', 'level': '1', 'flags': '0', 'migrateuri': 'tcp://h',
}
OVERRIDE = {
    ('attach-interface', 'type'): 'network', ('attach-disk', 'source'): '/guest/x.img',
    ('attach-disk', 'target'): 'vdb', ('detach-disk', 'target'): 'vda', ('detach-interface', 'type'): 'network',
    ('domif-setlink', 'interface'): 'aa:bb:cc:dd:ee:ff', ('domif-getlink', 'interface'): 'aa:bb:cc:dd:ee:ff',
    ('domiftune', 'interface'): 'aa:bb:cc:dd:ee:ff', ('domifstat', 'interface'): 'testnet0',
    ('domblkstat', 'device'): 'vda', ('domblkinfo', 'device'): 'vda', ('domblkerror', 'device'): 'vda',
    ('blkdeviotune', 'device'): 'vda', ('change-media', 'path'): 'hdc', ('pool-create-as', 'name'): 'p3',
    ('pool-define-as', 'name'): 'p3', ('vol-create-as', 'name'): 'v3', ('net-create-as', 'name'): 'n3',
    ('vol-clone', 'newname'): 'v4', ('snapshot-create-as', 'name'): 's3', ('checkpoint-create-as', 'name'): 'c3',
    ('send-key', 'keycode'): 'KEY_A', ('domrename', 'new-name'): 'ren', ('perf', 'enable'): 'cmt',
    ('perf', 'disable'): 'cmt', ('net-update', 'section'): 'ip-dhcp-host', ('iothreadadd', 'id'): '5',
    ('iothreaddel', 'id'): '5', ('setvcpu', 'vcpulist'): '1', ('pool-build', 'pool'): 'default-pool',
    ('dommemstat', 'period'): '2', ('blockresize', 'size'): '1G', ('nodedev-detach', 'device'): 'computer',
    ('vol-resize', 'capacity'): '2M', ('detach-device-alias', 'alias'): 'ua-x',
    ('domjobabort', 'domain'): 'test', ('nodememstats', 'cell'): '0', ('nodecpustats', 'cpu'): '0',
    ('nwfilter-binding-create', 'file'): FIX + '/empty.txt', ('echo', 'string'): 'a,b',
}
# What to read back after a command of each family (appended with ';').
READBACK = [
    (r'^(snapshot-)', 'snapshot-list test --tree'), (r'^checkpoint-', 'checkpoint-list test --tree'),
    (r'^net-', 'net-list --all; net-dumpxml default'), (r'^(pool-|find-storage)', 'pool-list --all --details; pool-dumpxml default-pool'),
    (r'^vol-', 'vol-list default-pool --details'), (r'^iface-', 'iface-list --all; iface-dumpxml eth1'),
    (r'^nodedev-', ''), (r'^(secret|nwfilter)', ''),
]
DOMAIN_READBACK = 'dominfo test; dumpxml test; dumpxml test --inactive'
# Commands that only read: no read-back needed.
READONLY = re.compile(r'^(dom(info|state|id|uuid|name|stats|blklist|iflist|blkinfo|blkstat|ifstat|memstat|'
                      r'control|blkerror|jobinfo|hostname|display|fsinfo|time|if-getlink)|list|dumpxml|.*-list|.*-info|'
                      r'.*-dumpxml|.*-name|.*-uuid|.*-key|.*-path|capabilities|node.*|help|version|hostname|uri|'
                      r'sysinfo|freecell|freepages|maxvcpus|cpu-stats|vcpucount|vncdisplay|ttyconsole|echo|pwd|'
                      r'iface-mac|vol-pool|domcapabilities|allocpages|cpu-models|snapshot-current|'
                      r'snapshot-parent|iothreadinfo|vcpuinfo|emulatorpin|domtime|guestinfo|guestvcpus)$')


def parse_help(text):
    cmds, cur = {}, None
    for line in text.splitlines():
        if line.startswith('=== '):
            cur = line[4:].strip(); cmds[cur] = {'opts': [], 'synopsis': ''}
        elif cur and line.startswith('    ') and cmds[cur]['synopsis'] == '' and not line.strip().startswith(('[--', '--', '<', '{')):
            cmds[cur]['synopsis'] = line.strip()
        elif cur and line.startswith('    '):
            m = re.match(r'\s+(\{)?(\[)?(--([a-z0-9-]+))?(\])?\s*(<(string|number)>(\.\.\.)?)?', line)
            if not m or not (m.group(4) or m.group(6)):
                continue
            name = m.group(4) or 'string'
            kind = m.group(7) or 'bool'
            cmds[cur]['opts'].append({'name': name, 'kind': kind, 'positional': bool(m.group(2)) or not m.group(4)})
    return cmds


def load_commands():
    names = [l.split()[0] for l in subprocess.run(['virsh', 'help'], capture_output=True, text=True).stdout.splitlines()
             if l.startswith('    ') and l.strip()]
    text = []
    for n in names:
        h = subprocess.run(['virsh', 'help', n], capture_output=True, text=True).stdout
        syn = re.search(r'SYNOPSIS\n\s+(.*)\n', h)
        text.append('=== ' + n)
        text.append('    ' + (syn.group(1) if syn else n))
        text.extend(h.split('OPTIONS', 1)[1].splitlines() if 'OPTIONS' in h else [])
    cmds = parse_help('\n'.join(text))
    for n, c in cmds.items():
        syn = c['synopsis']
        for o in c['opts']:
            # required: appears in the synopsis as <name> or {[--name] ...} outside square brackets
            o['required'] = bool(re.search(r'(^|\s)(<%s>|\{\[--%s\])' % (o['name'], o['name']), syn)) or \
                bool(o['kind'] != 'bool' and re.search(r'(^|\s)<%s>' % o['name'], syn))
    return cmds


def value(cmd, opt):
    n = opt['name']
    if (cmd, n) in OVERRIDE:
        return OVERRIDE[(cmd, n)]
    if n in ('file', 'xml', 'xmlfile') and (cmd, n) not in OVERRIDE:
        for rx, f in FILE_FOR:
            if re.search(rx, cmd):
                return FIX + '/' + f
        if n == 'file':
            return FIX + '/out.bin'
    if opt['kind'] == 'number':
        return VALUES.get(n, '1')
    return VALUES.get(n, 'x')


def q(v):
    if v == '' or re.search(r"[\s;'\"\\#]", v):
        return "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'"
    return v


def setup_for(cmd):
    if cmd.startswith('vol-') and cmd not in ('vol-create-as', 'vol-create', 'vol-pool'):
        return 'vol-create-as default-pool v1 1M; '
    if cmd == 'vol-pool':
        return 'vol-create-as default-pool v1 1M; '
    if cmd.startswith('snapshot-') and cmd not in ('snapshot-create', 'snapshot-create-as'):
        return 'snapshot-create-as test s1; '
    if cmd.startswith('checkpoint-') and cmd not in ('checkpoint-create', 'checkpoint-create-as'):
        return 'checkpoint-create-as test c1; '
    return ''


def readback_for(cmd):
    if READONLY.match(cmd):
        return ''
    for rx, rb in READBACK:
        if re.search(rx, cmd):
            return rb
    return DOMAIN_READBACK


def base_args(cmd, c, skip=()):
    out = []
    for o in c['opts']:
        if o['required'] and o['name'] not in skip:
            out.append(q(value(cmd, o)))
    # volume lookups by name need the pool
    if any(o['name'] == 'vol' for o in c['opts']) and any(o['name'] == 'pool' and not o['required'] for o in c['opts']) \
            and 'pool' not in skip:
        out.append('--pool default-pool')
    return out


BAD_NUMBERS = ['-1', '0', '99999999999999999999', 'abc', '1.5', '0x10']
BAD_STRINGS = ['bogus', '-1', '1.5']


def generate(cmds, only):
    lines = []
    for cmd, c in sorted(cmds.items()):
        if cmd in SKIP or (only and not re.search(only, cmd)):
            continue
        pre, rb = setup_for(cmd), readback_for(cmd)
        tail = ('; ' + rb) if rb else ''
        base = base_args(cmd, c)

        def add(args, with_rb=True):
            lines.append(pre + ' '.join([cmd] + args) + (tail if with_rb else ''))
        add(base)
        optional = [o for o in c['opts'] if not o['required']]
        bools = [o for o in optional if o['kind'] == 'bool']
        for o in optional:
            if o['kind'] == 'bool':
                add(base + ['--' + o['name']])
            else:
                add(base + ['--' + o['name'], q(value(cmd, o))])
                if o['kind'] == 'number':
                    for bad in BAD_NUMBERS:
                        add(base + ['--' + o['name'], q(bad)], False)
                else:
                    for bad in BAD_STRINGS:
                        add(base + ['--' + o['name'], q(bad)], False)
                add(base + ['--' + o['name']], False)  # missing value
        # pairs of boolean options (config/live/current and friends)
        for i in range(len(bools)):
            for j in range(i + 1, len(bools)):
                if len(bools) <= 12 or {bools[i]['name'], bools[j]['name']} & {'config', 'live', 'current', 'persistent', 'all', 'inactive'}:
                    add(base + ['--' + bools[i]['name'], '--' + bools[j]['name']])
        # required arguments: each missing, bad numbers, unknown objects
        for o in c['opts']:
            if not o['required']:
                continue
            add(base_args(cmd, c, skip={o['name']}), False)
            if o['kind'] == 'number':
                for bad in BAD_NUMBERS:
                    args = [q(bad) if a == q(value(cmd, o)) and k == [p['name'] for p in c['opts'] if p['required']].index(o['name']) else a
                            for k, a in enumerate(base)]
                    add(args, False)
            if o['name'] in ('domain', 'network', 'pool', 'vol', 'interface', 'device', 'snapshotname', 'checkpointname'):
                args = list(base)
                idx = [p['name'] for p in c['opts'] if p['required']].index(o['name'])
                args[idx] = 'nosuch'
                add(args, False)
        add(base + ['--bogus-option'], False)
    seen, out = set(), []
    for l in lines:
        if l not in seen:
            seen.add(l); out.append(l)
    return out


def run(argv0, line):
    env = {k: v for k, v in os.environ.items() if k not in ('VIRSH_DEFAULT_CONNECT_URI', 'LIBVIRT_DEFAULT_URI', 'VISUAL')}
    env['EDITOR'] = 'true'
    try:
        p = subprocess.run([argv0, '-c', URI, line], capture_output=True, timeout=60, env=env,
                           stdin=subprocess.DEVNULL, cwd=FIX)
        # bytes as written (no newline translation: a '\r' counts), shown as UTF-8 with replacements
        return p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace'), p.returncode
    except subprocess.TimeoutExpired:
        return '', 'TIMEOUT', -1


TIMES = re.compile(r'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}|<creationTime>\d+</creationTime>|'
                   r'CPU time:\s+[\d.]+s|cpu_time\s+[\d.]+ seconds|\b1[5-9]\d{8}\b')


def norm(s):
    return TIMES.sub('<T>', s)


def compare(line):
    a = run('virsh', line)
    b = run(JVIRSH, line)
    na, nb = tuple(map(norm, a[:2])) + (a[2],), tuple(map(norm, b[:2])) + (b[2],)
    return line, na == nb, a, b


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--only')
    ap.add_argument('--out', default='/tmp/jvirt-sweep')
    ap.add_argument('--list', action='store_true')
    ap.add_argument('--lines', help='file of command lines to run instead of generating them')
    args = ap.parse_args()
    os.makedirs(FIX, exist_ok=True)
    for name, text in FIXTURES.items():
        with open(os.path.join(FIX, name), 'w') as f:
            f.write(text)
    if args.lines:
        lines = [l.rstrip('\n') for l in open(args.lines) if l.strip()]
    else:
        lines = generate(load_commands(), args.only)
    if args.list:
        print('\n'.join(lines)); return
    os.makedirs(args.out, exist_ok=True)
    diffs = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        for line, same, a, b in ex.map(compare, lines):
            if not same:
                diffs.append({'line': line, 'virsh': a, 'jvirsh': b})
    with open(os.path.join(args.out, 'diffs.json'), 'w') as f:
        json.dump(diffs, f, indent=1)
    print('%d lines, %d differ' % (len(lines), len(diffs)))


if __name__ == '__main__':
    main()
