#!/usr/bin/env python3
"""Run a program the way systemd's MemoryDenyWriteExecute=yes runs it, without systemd.

Sets PR_SET_MDWE (Linux >= 6.3): from then on the process can never map memory that is writable
and executable, nor make writable memory executable; the flag survives execve. Then execs the
program. Exits 77 when the kernel does not support it, so the caller can fall back.

    memory-deny-write-execute.py PROGRAM [ARGUMENT ...]
"""
import ctypes
import os
import sys

PR_SET_MDWE = 65
PR_MDWE_REFUSE_EXEC_GAIN = 1

if len(sys.argv) < 2:
    sys.exit("usage: memory-deny-write-execute.py PROGRAM [ARGUMENT ...]")
libc = ctypes.CDLL(None, use_errno=True)
if libc.prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 0, 0, 0) != 0:
    print(f"PR_SET_MDWE unsupported: {os.strerror(ctypes.get_errno())}", file=sys.stderr)
    sys.exit(77)
os.execv(sys.argv[1], sys.argv[1:])
