"""Web pages: the article of an HTML page, as ``lede extract`` finds it."""

from __future__ import annotations

import gzip
import zlib
from dataclasses import dataclass

from . import _lede
from ._args import BytesLike, _check_bool, _check_encodable, _check_str, _text_arg


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of an article's body.

    Attributes:
        kind: ``"paragraph"``, ``"heading"`` or ``"list_item"``.
        text: its text, white space collapsed.
    """

    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """The article of a web page.

    Attributes:
        title: the headline (``""`` when none was found).
        text: the body's paragraphs joined by blank lines, a list item's
            opening with ``"• "`` (``""`` when the page holds no article:
            not an error).
        paragraphs: the body, in page order.
        encoding: the character set the page was decoded from.
        language: the language the page declares (``<html lang>``,
            Content-Language, ``og:locale``) as a code such as ``"pt"``, or
            ``None``; a declaration, not an identification, and maybe of a
            language lede has no resources for (``"sw"``).
    """

    title: str
    text: str
    paragraphs: list[Paragraph]
    encoding: str
    language: str | None = None


def extract(page: str | BytesLike, *, encoding: str | None = None, captions: bool = False) -> Article:
    """Finds the article (headline and body) of an HTML page.

    The same code as ``lede extract``: boilerplate (navigation, related
    links, comments, cookie banners, share buttons) is left out. Summarize
    the result, in its declared language, as ``lede summarize page.html``
    does::

        >>> article = lede.extract(html_bytes)
        >>> lede.summarize(article)

    Args:
        page: the page as fetched (``bytes`` or another bytes-like object,
            decompressed first when gzip-compressed, as ``lede extract``
            decompresses a ``page.html.gz``: its character set comes from a
            byte order mark, ``encoding``, a ``<meta charset>``, else UTF-8
            when valid, else a guess as a browser makes, docs/html.md), or
            already decoded (``str``).
        encoding: the character set of a bytes-like page (e.g. from an HTTP
            Content-Type header), used instead of detecting it.
        captions: keep image captions (``<figcaption>``) inside the article
            (a gallery whose captions hold more than twice the text of the
            rest of its body keeps them anyway).

    Raises:
        ValueError: gzip data cut short or corrupt, an unknown ``encoding``, ``encoding`` with a ``str``
            page, a page over 64 MiB or with over 1,000,000 elements,
            attributes and text runs, a lone surrogate in a ``str``.
        TypeError: ``page`` neither ``str`` nor bytes-like, ``encoding`` not ``str``,
            ``captions`` not ``bool``.
    """
    page = _text_arg("page", page)
    if isinstance(page, bytes) and page[:2] == b"\x1f\x8b":
        # A saved page.html.gz: `lede extract` decompresses it; here its
        # compressed bytes were read as windows-1252 and came back as the
        # article, without a word.
        try:
            page = gzip.decompress(page)
        except (OSError, EOFError, zlib.error) as e:
            raise ValueError(f"page: bad gzip data: {e}") from None
    _check_str("encoding", encoding, optional=True)
    _check_bool("captions", captions)
    if isinstance(page, str):
        if encoding is not None:
            raise ValueError("encoding applies to bytes; a str page is already decoded")
        _check_encodable(page, "page")
        # Its <meta charset> no longer describes it.
        page, encoding = page.encode("utf-8"), "utf-8"
    title, text, paragraphs, used, language = _lede.extract(page, encoding or "", captions)
    return Article(title, text, [Paragraph(kind, t) for kind, t in paragraphs], used, language or None)
