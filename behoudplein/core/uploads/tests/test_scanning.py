import io
import socket
import struct
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.test import override_settings
from django.utils import translation

from behoudplein.core.uploads import checks, scanning
from behoudplein.core.uploads.tests import builders

Reply = Callable[[bytes], bytes | None]


class FakeClamd:
    """A clamd stand-in: reads one INSTREAM request per connection and answers with ``reply``.

    ``reply`` returns None to keep silent, which the client must treat as a timeout.
    """

    def __init__(self, server: socket.socket, reply: Reply) -> None:
        self.server = server
        self.reply = reply
        self.commands: list[bytes] = []
        self.streams: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                self._handle(conn)

    def _handle(self, conn: socket.socket) -> None:
        stream = conn.makefile("rb")
        command = b""
        while not command.endswith(b"\0"):
            command += stream.read(1)
        self.commands.append(command)
        data = b""
        if command == b"zINSTREAM\0":
            while length := struct.unpack(">I", stream.read(4))[0]:
                data += stream.read(length)
        self.streams.append(data)
        answer = b"PONG\0" if command == b"zPING\0" else self.reply(data)
        if answer is not None:
            conn.sendall(answer)
        else:
            threading.Event().wait(1.0)


@pytest.fixture
def socket_dir() -> Iterator[Path]:
    # Unix socket paths are limited to ~100 characters, so stay out of pytest's deep tmp_path.
    with tempfile.TemporaryDirectory(prefix="clamd-", dir="/tmp") as path:
        yield Path(path)


StartClamd = Callable[[Reply], tuple["FakeClamd", str]]


@pytest.fixture
def fake_clamd(socket_dir: Path) -> Iterator[StartClamd]:
    servers: list[socket.socket] = []

    def start(reply: Reply) -> tuple[FakeClamd, str]:
        path = str(socket_dir / f"clamd{len(servers)}.sock")
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(path)
        server.listen()
        servers.append(server)
        return FakeClamd(server, reply), path

    yield start
    for server in servers:
        server.close()


def answer_ok(data: bytes) -> bytes:
    return b"stream: OK\0"


def answer_eicar(data: bytes) -> bytes:
    return b"stream: Eicar-Test-Signature FOUND\0"


def test_clamd_ok_streams_the_whole_file_in_chunks(fake_clamd: StartClamd) -> None:
    clamd, path = fake_clamd(answer_ok)
    data = builders.pdf_bytes(1) + bytes(200_000)  # several 64 KiB chunks
    fileobj = io.BytesIO(data)
    result = scanning.ClamdScanner(socket_path=path, timeout=5).scan(fileobj)
    assert result == scanning.ScanResult(clean=True)
    assert clamd.commands == [b"zINSTREAM\0"]
    assert clamd.streams == [data]
    assert fileobj.tell() == 0


def test_clamd_found_is_infected_with_the_signature(fake_clamd: StartClamd) -> None:
    _, path = fake_clamd(answer_eicar)
    result = scanning.ClamdScanner(socket_path=path, timeout=5).scan(io.BytesIO(b"x"))
    assert result == scanning.ScanResult(clean=False, signature="Eicar-Test-Signature")


def test_clamd_found_refuses_the_upload(fake_clamd: StartClamd) -> None:
    _, path = fake_clamd(answer_eicar)
    clamd_settings = override_settings(VIRUS_SCANNER="clamd", CLAMD_SOCKET=path, CLAMD_TIMEOUT=5)
    with clamd_settings, pytest.raises(ValidationError) as info:
        checks.check_publication_upload(io.BytesIO(builders.pdf_bytes(1)))
    assert info.value.code == "infected"
    assert info.value.params == {"signature": "Eicar-Test-Signature"}


def test_clamd_not_listening_fails_closed(socket_dir: Path) -> None:
    scanner = scanning.ClamdScanner(socket_path=str(socket_dir / "absent.sock"), timeout=1)
    with pytest.raises(scanning.ScannerUnavailableError):
        scanner.scan(io.BytesIO(b"x"))
    assert scanner.ping() is False
    with pytest.raises(ValidationError) as info:
        checks.check_upload(
            io.BytesIO(builders.pdf_bytes(1)), allowed={"pdf"}, max_bytes=10**6, scanner=scanner
        )
    assert info.value.code == "scan_unavailable"
    with translation.override("nl"):
        assert "Probeer het later opnieuw." in info.value.messages[0]


def test_clamd_that_keeps_silent_times_out_and_fails_closed(fake_clamd: StartClamd) -> None:
    _, path = fake_clamd(lambda data: None)
    scanner = scanning.ClamdScanner(socket_path=path, timeout=0.2)
    with pytest.raises(scanning.ScannerUnavailableError, match="in time"):
        scanner.scan(io.BytesIO(b"x"))


def test_clamd_error_reply_fails_closed(fake_clamd: StartClamd) -> None:
    _, path = fake_clamd(lambda data: b"INSTREAM size limit exceeded. ERROR\0")
    scanner = scanning.ClamdScanner(socket_path=path, timeout=5)
    with pytest.raises(scanning.ScanError, match="size limit"):
        scanner.scan(io.BytesIO(b"x"))


def test_clamd_over_tcp() -> None:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen()
    try:
        clamd = FakeClamd(server, answer_ok)
        port = server.getsockname()[1]
        scanner = scanning.ClamdScanner(host="127.0.0.1", port=port, timeout=5)
        assert scanner.scan(io.BytesIO(b"hello")).clean
        assert clamd.streams == [b"hello"]
    finally:
        server.close()


def test_clamd_ping(fake_clamd: StartClamd) -> None:
    _, path = fake_clamd(answer_ok)
    assert scanning.ClamdScanner(socket_path=path, timeout=5).ping() is True


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("stream: OK", scanning.ScanResult(clean=True)),
        ("stream: Win.Test.EICAR_HDB-1 FOUND", scanning.ScanResult(False, "Win.Test.EICAR_HDB-1")),
    ],
)
def test_parse_reply(reply: str, expected: scanning.ScanResult) -> None:
    assert scanning.parse_reply(reply) == expected


def test_eicar_scanner_finds_the_string_across_chunk_boundaries() -> None:
    offset = scanning.CHUNK_BYTES - 10
    data = bytes(offset) + scanning.EICAR + bytes(100)
    assert not scanning.EicarScanner().scan(io.BytesIO(data)).clean
    assert scanning.EicarScanner().scan(io.BytesIO(bytes(3 * scanning.CHUNK_BYTES))).clean


def test_noop_scanner_passes_everything() -> None:
    assert scanning.NoopScanner().scan(io.BytesIO(scanning.EICAR)).clean


def test_get_scanner_follows_settings() -> None:
    with override_settings(VIRUS_SCANNER="noop"):
        assert isinstance(scanning.get_scanner(), scanning.NoopScanner)
    with override_settings(VIRUS_SCANNER="eicar"):
        assert isinstance(scanning.get_scanner(), scanning.EicarScanner)
    with override_settings(VIRUS_SCANNER="clamd", CLAMD_HOST="clamav", CLAMD_PORT="3311"):
        scanner = scanning.get_scanner()
        assert isinstance(scanner, scanning.ClamdScanner)
        assert (scanner.host, scanner.port) == ("clamav", 3311)
    with override_settings(VIRUS_SCANNER="clamd"), pytest.raises(ImproperlyConfigured):
        scanning.get_scanner()
    with override_settings(VIRUS_SCANNER="norton"), pytest.raises(ImproperlyConfigured):
        scanning.get_scanner()
