"""A loopback listener that records every connection made to it: the witness that the server
did (or did not) call out. It answers each request with empty SPARQL JSON results."""

from __future__ import annotations

import socket
import threading

_BODY = b'{"head":{"vars":[]},"results":{"bindings":[]}}'
_ANSWER = (b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
           b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(_BODY)) + _BODY


class Listener:
    """`with Listener() as spy:` … `spy.calls` holds the first bytes of each request received."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        self.calls: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:  # the accept timeout, or the socket closed at the end
                continue
            with conn:
                conn.settimeout(2)
                try:
                    self.calls.append(conn.recv(4096))
                    conn.sendall(_ANSWER)
                except OSError:
                    self.calls.append(b"")

    def __enter__(self) -> Listener:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.sock.close()
