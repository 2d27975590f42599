"""No network for a query worker: a seccomp filter that refuses to create IPv4 and IPv6 sockets.

Oxigraph calls the endpoint of a SERVICE itself, over HTTP. The server checks every query's text
before it runs (server.sparql.check_federation), but a check over text is only as good as its
reading of the text; with this filter, a worker of a server with federation off cannot open a
connection at all, whatever the query says: the engine's call fails with "Permission denied".
The filter is installed by the worker on itself, before its first query, and is inherited by
nothing else (the server process keeps its network). Linux on x86-64 and AArch64 only; elsewhere
`deny_network` returns False and the text check alone stands.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import platform
import socket

_ARCH = {"x86_64": (0xC000003E, 41), "aarch64": (0xC00000B7, 198)}  # AUDIT_ARCH, socket(2)
_PR_SET_NO_NEW_PRIVS, _PR_SET_SECCOMP, _SECCOMP_MODE_FILTER = 38, 22, 2
_RET_ALLOW, _RET_ERRNO = 0x7FFF0000, 0x00050000
_LD_ABS_W, _JEQ_K, _RET_K = 0x20, 0x15, 0x06


class _Filter(ctypes.Structure):
    _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte),
                ("k", ctypes.c_uint)]


class _Program(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_Filter))]


def deny_network() -> bool:
    """Make socket(AF_INET or AF_INET6, …) fail with EACCES in this process from now on (and in
    its children). True when the filter is in place."""
    arch = _ARCH.get(platform.machine())
    if arch is None or platform.system() != "Linux":
        return False
    audit_arch, socket_nr = arch
    # seccomp_data: nr at offset 0, arch at 4, args[0] (low half, little-endian) at 16
    code = [(_LD_ABS_W, 0, 0, 4),
            (_JEQ_K, 0, 5, audit_arch),  # another ABI: allow (nothing of ours runs there)
            (_LD_ABS_W, 0, 0, 0),
            (_JEQ_K, 0, 3, socket_nr),
            (_LD_ABS_W, 0, 0, 16),
            (_JEQ_K, 2, 0, socket.AF_INET),
            (_JEQ_K, 1, 0, socket.AF_INET6),
            (_RET_K, 0, 0, _RET_ALLOW),
            (_RET_K, 0, 0, _RET_ERRNO | errno.EACCES)]
    filters = (_Filter * len(code))(*[_Filter(*c) for c in code])
    program = _Program(len(code), filters)
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        if libc.prctl(_PR_SET_NO_NEW_PRIVS, ctypes.c_ulong(1), ctypes.c_ulong(0),
                      ctypes.c_ulong(0), ctypes.c_ulong(0)) != 0:
            return False
        return libc.prctl(_PR_SET_SECCOMP, ctypes.c_ulong(_SECCOMP_MODE_FILTER),
                          ctypes.byref(program), ctypes.c_ulong(0), ctypes.c_ulong(0)) == 0
    except (OSError, AttributeError):
        return False
