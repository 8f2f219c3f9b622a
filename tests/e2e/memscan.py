"""Reads the memory of the running app's processes, as a forensic tool with root rights
would, and counts the copies of given secrets left in it (UTF-8 and UTF-16, WebKit's string
encoding). Used after a lock to report what remains in memory."""

import pathlib
import re
import subprocess

CHUNK = 8 * 1024 * 1024
LARGEST = 512 * 1024 * 1024


def processes(app):
    """The app's process and its WebKit helper processes, as {pid: name}."""
    found = subprocess.run(["pgrep", "-f", str(app)], capture_output=True, text=True)
    pids = {}
    for pid in found.stdout.split():
        name = pathlib.Path(f"/proc/{pid}/comm").read_text().strip()
        if name.startswith("tadamun"):
            pids[int(pid)] = name
            children = subprocess.run(["pgrep", "-P", pid], capture_output=True, text=True)
            for child in children.stdout.split():
                pids[int(child)] = pathlib.Path(f"/proc/{child}/comm").read_text().strip()
    return pids


def count(pid, secrets):
    """How many times each secret occurs in the readable memory of `pid`."""
    hits = {s: 0 for s in secrets}
    patterns = {s: [s.encode("utf-8"), s.encode("utf-16-le")] for s in secrets}
    with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/mem", "rb", 0) as mem:
        for line in maps:
            m = re.match(r"([0-9a-f]+)-([0-9a-f]+) (\S+)", line)
            # Writable data only (heaps, stacks, buffers), and no huge reservations (WebKit's
            # gigacages): where text typed or received can be.
            if not m or not m.group(3).startswith("rw") or "[vvar" in line or "[vsyscall" in line:
                continue
            start, end = int(m.group(1), 16), int(m.group(2), 16)
            if end - start > LARGEST:
                continue
            overlap = max(len(p) for ps in patterns.values() for p in ps)
            at = start
            while at < end:
                size = min(CHUNK, end - at)
                try:
                    mem.seek(at)
                    data = mem.read(size + overlap if at + size < end else size)
                except (OSError, ValueError, OverflowError):
                    at += size
                    continue
                for secret, encodings in patterns.items():
                    for p in encodings:
                        # A match that starts in the overlap is counted by the next chunk.
                        hits[secret] += data[: size + len(p) - 1].count(p)
                at += size
    return hits
