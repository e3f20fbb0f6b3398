#!/usr/bin/env bash
# XML benchmark (issue section 7): parse + post-parse + validate + format of a realistic domain document
# (jvirt-bench/src/main/resources/org/jvirt/bench/domain.xml) on one core, with JMH. Goal: >= 20,000 docs/s.
# Anchor, same run: libvirt's nearest equivalent through python3-libvirt in-process, one define (parse,
# post-parse, validate) + XMLDesc (format) + undefine per document on test:///default.
# JMH_ARGS adds JMH options (e.g. "-wi 1 -i 2" for a quick look).
set -euo pipefail
. "${BASH_SOURCE[0]%/*}/lib.sh"
ensure_built
doc=$bench_root/jvirt-bench/src/main/resources/org/jvirt/bench/domain.xml

anchor=
if [[ -x /usr/bin/python3 ]] && /usr/bin/python3 -c 'import libvirt' 2>/dev/null; then
    anchor=$(/usr/bin/python3 "$bench_root/bench/api-loop.py" "$doc" 5)
else
    warn "python3-libvirt missing: no libvirt anchor"
fi
score=$(jmh_score DomainXmlBench.parseAndFormat)

say "XML parse+format, one core (JMH DomainXmlBench.parseAndFormat)"
say "  jvirt:   $score docs/s   (goal >= 20000)"
if [[ -n $anchor ]]; then
    say "  libvirt: $anchor docs/s (python3-libvirt define+XMLDesc+undefine on test:///default, same run)"
    say "  ratio jvirt/libvirt: $(ratio "$score" "$anchor")x"
fi
pass=no
ge "$score" 20000 && pass=yes
summary "xml parse+format (docs/s)" "$score" "${anchor:-n/a}" "$( [[ -n $anchor ]] && echo "$(ratio "$score" "$anchor")x" || echo n/a)" ">= 20000/s" "$pass"
