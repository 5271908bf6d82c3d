#!/usr/bin/env python3
"""Prints the figures of a PIT run of wps-core as the Markdown tables of docs/RELIABILITY.md.

Run from the repository root after `./mvnw -B -Pmutation verify -pl wps-core`:
    python3 scripts/pit-summary.py [wps-core/target/pit-reports/mutations.xml]

Prints the mutants per package, per group of issue 14 (validation rules, invariants, identifiers)
and one row per mutant that was not killed, to be explained in docs/RELIABILITY.md. PIT counts a
mutant that timed out or ran out of memory as killed; so does this script.
"""
import collections
import sys
import xml.etree.ElementTree as ET

PREFIX = 'io.github.wpskit.wps.'
KILLED = {'KILLED', 'TIMED_OUT', 'MEMORY_ERROR', 'RUN_ERROR'}
IDENTIFIERS = {'resolution.ResolutionSymbol', 'resolution.MeetingRecord',
               'mission.MissionAcronym', 'CountryCode'}
VALUE_PACKAGES = {'resolution', 'mission', 'gender', 'compact', 'parity', 'policy', 'catalog'}


def outer(cls):
    """The top-level class of a (possibly nested or anonymous) class name, without the prefix."""
    return cls[len(PREFIX):].split('$')[0]


def package(cls):
    name = outer(cls)
    return PREFIX + name.rsplit('.', 1)[0] if '.' in name else PREFIX.rstrip('.')


def groups(cls):
    name = outer(cls)
    found = []
    simple = name.rsplit('.', 1)[-1]
    if name.startswith('validation.') and 'Rules' in simple:
        found.append('validation rules')
    pkg = name.split('.')[0] if '.' in name else ''
    if pkg in VALUE_PACKAGES or name == 'internal.Checks':
        found.append('invariants')
    if name in IDENTIFIERS:
        found.append('identifiers')
    return found


def table(title, counts):
    print(f'| {title} | mutants | killed | survived | no coverage | killed % |')
    print('|---|---:|---:|---:|---:|---:|')
    total = collections.Counter()
    for key in sorted(counts):
        c = counts[key]
        total.update(c)
        print(f"| `{key}` | {c['all']} | {c['killed']} | {c['SURVIVED']} | {c['NO_COVERAGE']} |"
              f" {100.0 * c['killed'] / c['all']:.1f}% |")
    return total


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'wps-core/target/pit-reports/mutations.xml'
    mutations = ET.parse(path).getroot()
    by_package = collections.defaultdict(collections.Counter)
    by_group = collections.defaultdict(collections.Counter)
    alive = []
    for m in mutations:
        cls = m.find('mutatedClass').text
        status = m.get('status')
        c = collections.Counter({'all': 1, 'killed': int(status in KILLED), status: 1})
        by_package[package(cls)].update(c)
        for g in groups(cls):
            by_group[g].update(c)
        if status not in KILLED:
            alive.append((cls[len(PREFIX):], m.find('mutatedMethod').text,
                          int(m.find('lineNumber').text),
                          m.find('mutator').text.rsplit('.', 1)[-1].replace('Mutator', ''),
                          m.find('description').text.split(' for io/')[0],
                          status.lower().replace('_', ' ')))
    total = table('package', by_package)
    print(f"| **total** | {total['all']} | {total['killed']} | {total['SURVIVED']} |"
          f" {total['NO_COVERAGE']} | {100.0 * total['killed'] / total['all']:.1f}% |")
    print()
    table('group', by_group)
    print()
    print('| class | line | mutator | status |')
    print('|---|---:|---|---|')
    for cls, method, line, mutator, description, status in sorted(alive):
        print(f'| `{cls}.{method}` | {line} | {mutator}: {description} | {status} |')


if __name__ == '__main__':
    main()
