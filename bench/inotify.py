"""A minimal inotify reader (ctypes on libc), to see the moment a page is replaced on disk.

A watch on the page's folder reports IN_MOVED_TO (an atomic rename, as jixiao writes) or
IN_CLOSE_WRITE (a write in place, as Hugo writes) with the file name: that event's arrival is the
end of an edit-to-page measurement. Polling the inode would cost the CPU the builders need.
"""
import ctypes
import ctypes.util
import os
import select
import struct
import time

IN_CLOSE_WRITE = 0x00000008
IN_MOVED_TO = 0x00000080
IN_CREATE = 0x00000100
IN_NONBLOCK = 0o4000
IN_CLOEXEC = 0o2000000
EVENT_HEADER = struct.Struct("iIII")

_libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)


class Inotify:
    """One inotify instance with watches on folders, keyed by folder path."""

    def __init__(self):
        self.fd = _libc.inotify_init1(IN_NONBLOCK | IN_CLOEXEC)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        self.folders = {}  # watch descriptor -> folder
        self.watches = {}  # folder -> watch descriptor

    def watch(self, folder, mask=IN_CLOSE_WRITE | IN_MOVED_TO):
        if folder in self.watches:
            return
        wd = _libc.inotify_add_watch(self.fd, os.fsencode(folder), mask)
        if wd < 0:
            raise OSError(ctypes.get_errno(), f"inotify_add_watch {folder}")
        self.watches[folder] = wd
        self.folders[wd] = folder

    def events(self, timeout):
        """Events (folder, name, mask) that arrive within timeout seconds (all that are queued)."""
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return []
        try:
            data = os.read(self.fd, 1 << 16)
        except BlockingIOError:
            return []
        events, offset = [], 0
        while offset < len(data):
            wd, mask, _, length = EVENT_HEADER.unpack_from(data, offset)
            name = data[offset + EVENT_HEADER.size: offset + EVENT_HEADER.size + length].rstrip(b"\0")
            events.append((self.folders.get(wd, ""), os.fsdecode(name), mask))
            offset += EVENT_HEADER.size + length
        return events

    def wait_for(self, folder, name, deadline):
        """Monotonic ns when folder/name is written or renamed into place, or None at the deadline."""
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            for event_folder, event_name, _ in self.events(remaining):
                if event_folder == folder and event_name == name:
                    return time.monotonic_ns()

    def drain(self):
        while self.events(0):
            pass

    def close(self):
        os.close(self.fd)
