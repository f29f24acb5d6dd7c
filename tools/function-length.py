#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Lists the C functions under the given folders longer than the project's limit of 120
# lines and exits 1 if there is any; with "--files", files longer than 600 lines too.
# "--top N" prints the N longest functions instead. GNU style is assumed: a function's
# body opens with "{" and closes with "}" at the start of a line, and its name stands at the
# start of the line that opens its parameter list.
import os
import re
import sys

MAX_FUNCTION = 120
MAX_FILE = 600
NAME = re.compile(r'^([A-Za-z_][A-Za-z0-9_]*)\s*\(')


def functions(path):
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    found = []
    for i, line in enumerate(lines):
        if line.rstrip() != '{':
            continue
        # Walk back to the line that names the function; a struct or enum has no "(".
        name = None
        start = i
        for j in range(i - 1, max(i - 20, -1), -1):
            m = NAME.match(lines[j])
            if m:
                name, start = m.group(1), j
                break
            if lines[j].strip() == '' or lines[j].rstrip().endswith(';') or lines[j].startswith('}'):
                break
        if name is None:
            continue
        for k in range(i + 1, len(lines)):
            if lines[k].startswith('}'):
                # The return type stands on the line above the name.
                if start > 0 and lines[start - 1].strip() and not lines[start - 1].startswith(('/', ' ', '#', '}')):
                    start -= 1
                found.append((k - start + 1, name, path, start + 1))
                break
    return found, len(lines)


def sources(roots):
    for root in roots:
        for folder, _dirs, files in os.walk(root):
            for name in sorted(files):
                if name.endswith(('.c', '.h')):
                    yield os.path.join(folder, name)


def main(argv):
    top = None
    files = False
    roots = []
    args = iter(argv[1:])
    for arg in args:
        if arg == '--top':
            top = int(next(args))
        elif arg == '--files':
            files = True
        else:
            roots.append(arg)
    if not roots:
        print('usage: function-length.py [--top N] [--files] FOLDER...', file=sys.stderr)
        return 2
    everything = []
    too_long = []
    for path in sources(roots):
        found, length = functions(path)
        everything += found
        if files and length > MAX_FILE:
            too_long.append('%s: %d lines (file, at most %d)' % (path, length, MAX_FILE))
        for lines, name, where, line in found:
            if lines > MAX_FUNCTION:
                too_long.append('%s:%d: %s: %d lines (function, at most %d)'
                                % (where, line, name, lines, MAX_FUNCTION))
    if top is not None:
        for lines, name, where, line in sorted(everything, reverse=True)[:top]:
            print('%4d  %s  (%s:%d)' % (lines, name, where, line))
        return 0
    for message in too_long:
        print(message)
    return 1 if too_long else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
