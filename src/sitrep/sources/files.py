"""Files and folders: a file is read by its suffix, else by its content; a folder is
walked recursively in name order, passing over hidden entries and media files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from .dispatch import read_bytes
from .items import SourceFailure, SourceOptions, SourceResult
from .sniff import SKIPPED_SUFFIXES, is_binary, kind_from_name

__all__ = ["read_file", "read_folder", "read_path"]


def read_path(path: Path, options: SourceOptions) -> Iterator[SourceResult]:
    """A file's items, or every file's items under a folder."""
    if path.is_dir():
        yield from read_folder(path, options)
    else:
        yield from read_file(path, options)


def read_file(path: Path, options: SourceOptions, *, in_folder: bool = False
              ) -> Iterator[SourceResult]:
    """The items of one file. In a folder walk, a binary file of unknown kind is skipped."""
    origin = str(path)
    data = _read(path, options.max_bytes)
    if isinstance(data, SourceFailure):
        yield data
        return
    kind = kind_from_name(path.name)
    if kind is None and in_folder and is_binary(data):
        return
    yield from read_bytes(data, origin, options, kind=kind)


def read_folder(root: Path, options: SourceOptions) -> Iterator[SourceResult]:
    errors: list[OSError] = []
    for folder, subfolders, names in os.walk(root, onerror=errors.append):
        yield from _walk_errors(errors)
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(names):
            if name.startswith(".") or Path(name).suffix.lower() in SKIPPED_SUFFIXES:
                continue
            yield from read_file(Path(folder) / name, options, in_folder=True)
    yield from _walk_errors(errors)


def _walk_errors(errors: list[OSError]) -> Iterator[SourceFailure]:
    for exc in errors:
        yield SourceFailure(str(exc.filename), f"cannot list the folder "
                                               f"({exc.strerror or exc})", kind="folder")
    errors.clear()


def _read(path: Path, max_bytes: int) -> bytes | SourceFailure:
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return SourceFailure(origin, f"the file has {size:,} bytes; the limit is "
                                         f"{max_bytes:,}", kind="file")
        return path.read_bytes()
    except FileNotFoundError:
        return SourceFailure(origin, "no such file or folder", kind="file")
    except PermissionError:
        return SourceFailure(origin, "permission denied", kind="file")
    except OSError as exc:
        return SourceFailure(origin, f"cannot read ({exc.strerror or exc})", kind="file")
