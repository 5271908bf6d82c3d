#!/usr/bin/env python3
"""Writes the seed corpus of wps-json's DecoderFuzzTest from the project's own documents.

Run from the repository root after samples or golden files change: python3 scripts/fuzz-seeds.py
Files directly in DecoderFuzzTestInputs/ seed every fuzz test; each test's folder adds its own.
Files named crash-* (Jazzer's findings, kept as regression inputs) are never touched.
"""
import glob
import json
import os
import shutil

ROOT = 'wps-json/src/test/resources/io/github/wpskit/wps/json/DecoderFuzzTestInputs'
SAMPLES = 'wps-examples/src/main/resources/samples'
GOLDEN = 'wps-json/src/test/resources/golden'
# DecoderFuzzTest method -> document kind id
KINDS = {
    'resolution': 'resolution', 'mission': 'mission', 'mandate': 'mandate',
    'genderStaffingTable': 'gender-staffing-table', 'signatory': 'signatory',
    'compactCommitment': 'compact-commitment', 'compactReport': 'compact-report',
    'deployment': 'deployment', 'parityTargets': 'parity-targets',
    'parityAnalysis': 'parity-analysis',
    'validationReport': 'validation-report', 'catalog': 'catalog',
}


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)


def lines(path):
    with open(path, encoding='utf-8') as f:
        return f.read().split('\n')


def main():
    for old in glob.glob(ROOT + '/**/*', recursive=True):
        if os.path.isfile(old) and not os.path.basename(old).startswith('crash-'):
            os.remove(old)
    for f in sorted(glob.glob(SAMPLES + '/**/*.json', recursive=True)):
        shutil.copy(f, ROOT + '/sample-' + os.path.relpath(f, SAMPLES).replace('/', '-'))
    for f in sorted(glob.glob(GOLDEN + '/*.json')):
        shutil.copy(f, ROOT + '/golden-' + os.path.basename(f))
    # Single lines of the NDJSON samples, as documents (three of each large batch).
    for f in sorted(glob.glob(SAMPLES + '/**/*.ndjson', recursive=True)):
        name = os.path.basename(f)[:-len('.ndjson')]
        all_lines = lines(f)
        for i, line in enumerate(all_lines[:12 if len(all_lines) < 100 else 3]):
            if line.strip():
                write('%s/line-%s-%d.json' % (ROOT, name, i + 1), line)
    # The reproducers of issue 14.
    write(ROOT + '/repro-empty-object.json', '{}')
    write(ROOT + '/repro-minus-zero-before-kind.json',
          '{"":-0,"kind":"compact-report","formatVersion":1,"signatory":"e","reportingYear":2020}')
    # Per kind: its golden document with "kind" last and unknown fields holding awkward numbers.
    for method, kind in KINDS.items():
        with open('%s/%s.json' % (GOLDEN, kind), encoding='utf-8') as f:
            doc = json.load(f)
        doc.pop('kind')
        body = json.dumps(doc, separators=(',', ':'), ensure_ascii=False)
        write('%s/%s/kind-last-with-unknown-fields.json' % (ROOT, method),
              '{"x-note":{"n":-0,"f":1.50,"e":1e400},' + body[1:-1] + ',"kind":"' + kind + '"}')
    write(ROOT + '/anyKind/unknown-kind.json', '{"kind":"treaty","formatVersion":1}')
    write(ROOT + '/anyKind/kind-last-nested-unknown.json',
          '{"symbol":"S/RES/1325 (2000)","vote":{"inFavour":15,"against":0,"abstentions":0,'
          '"nonVoting":0,"x":[-0,-0.0,2.50]},"adopted":"2000-10-31","formatVersion":1,'
          '"kind":"resolution"}')
    for f in sorted(glob.glob(SAMPLES + '/**/*.ndjson', recursive=True)):
        write('%s/ndjson/%s' % (ROOT, os.path.basename(f)), '\n'.join(lines(f)[:20]) + '\n')
    agenda = lines(SAMPLES + '/resolutions/wps-agenda.ndjson')
    write(ROOT + '/ndjson/empty-object-lines.ndjson',
          agenda[0] + '\n{}\n' + agenda[1] + '\r\n\n  \n{}\n' + agenda[2])


if __name__ == '__main__':
    main()
