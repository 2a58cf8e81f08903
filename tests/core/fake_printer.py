"""A receipt printer on loopback for the tests: a thread accepts connections on 127.0.0.1 and keeps
the bytes of each one, like a network printer on port 9100. `stop()` closes the port (printer off)."""
from __future__ import annotations

import socket
import threading
import time


PAPER_QUERY = b"\x10\x04\x04"  # DLE EOT 4: paper roll sensor status
PAPER_OK, PAPER_OUT = 0x12, 0x72


class FakePrinter:
    def __init__(self, port: int = 0, paper: int | None = None):
        """`paper`: the byte this printer answers to a paper-sensor query (DLE EOT 4), None: it does not answer."""
        self.jobs: list[bytes] = []
        self.paper = paper
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self._stop = False
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                data = b""
                while chunk := conn.recv(65536):
                    data += chunk
                    if self.paper is not None and chunk.endswith(PAPER_QUERY):
                        conn.sendall(bytes([self.paper]))
                self.jobs.append(data)

    def wait_for(self, n: int, seconds: float = 5.0) -> list[bytes]:
        end = time.monotonic() + seconds
        while len(self.jobs) < n and time.monotonic() < end:
            time.sleep(0.01)
        return self.jobs

    def stop(self) -> None:
        self._stop = True
        self.sock.close()


def free_port() -> int:
    """A loopback port where nothing listens (a printer that is switched off)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def text_of(data: bytes, encoding: str = "gb18030") -> str:
    """The printable text of ESC/POS bytes: commands dropped, lines decoded."""
    for cmd in (b"\x1b@", b"\x1c&", b"\x1c.", b"\x1bd\x06", b"\x1dVA\x00", b"\x1dV\x00", b"\x1dVA\x01",
                b"\x1b!\x10\x1c!\x08", b"\x1b!\x00\x1c!\x00"):
        data = data.replace(cmd, b"")
    if b"\x1bp" in data:  # cash drawer pulse: ESC p m t1 t2
        i = data.index(b"\x1bp")
        data = data[:i] + data[i + 5:]
    return data.decode(encoding, "replace")
