"""lede.extract: the article of a web page, as `lede extract` finds it."""
import json
import os
import subprocess

import pytest

import lede
from conftest import GERMAN_PAGE, run_cli

PAGE = """<!DOCTYPE html>
<html lang="pt-BR"><head><meta charset="windows-1252"><title>Ponte reaberta | Jornal da Costa</title></head>
<body><nav><a href="/">In\xedcio</a> <a href="/esportes">Esportes</a> <a href="/tempo">Tempo</a></nav>
<article><h1>Ponte reaberta</h1>
<p>A velha ponte do porto foi reaberta ao tr\xe2nsito na ter\xe7a-feira, onze meses depois de os engenheiros a fecharem.</p>
<p>Os oper\xe1rios substitu\xedram os dois suportes e pintaram toda a estrutura, disse a prefeitura da cidade.</p>
<figure><img src="p.jpg"><figcaption>Motoristas atravessam a ponte reaberta na manh\xe3 de ter\xe7a-feira, depois de onze meses de obras no porto.</figcaption></figure>
</article><footer>Todos os direitos reservados.</footer></body></html>"""


def test_bytes_follow_the_declared_charset_and_language():
    a = lede.extract(PAGE.encode("cp1252"))
    assert a.title == "Ponte reaberta"
    assert a.encoding == "windows-1252"
    assert a.language == "pt"
    assert [p.kind for p in a.paragraphs] == ["paragraph", "paragraph"]
    assert a.paragraphs[0].text.startswith("A velha ponte do porto foi reaberta ao trânsito na terça-feira")
    assert a.text == a.paragraphs[0].text + "\n\n" + a.paragraphs[1].text
    for junk in ("Início", "Esportes", "direitos reservados", "manhã"):
        assert junk not in a.text


def test_str_pages_are_not_decoded_again():
    # Its <meta charset> says windows-1252, but a str is already text: read
    # as windows-1252 its UTF-8 bytes would turn "â" into "Ã¢".
    a = lede.extract(PAGE)
    assert "trânsito" in a.text
    assert a.encoding == "utf-8"


def test_options():
    assert "manhã de terça-feira" in lede.extract(PAGE, captions=True).text
    # An HTTP header's charset decides over the page's own declaration.
    latin = lede.extract(PAGE.encode("cp1252"), encoding="iso-8859-1")
    assert latin.encoding == "windows-1252"
    assert lede.extract(b"<html><body><p>x</p></body></html>").language is None
    empty = lede.extract(b"")
    assert (empty.title, empty.text, empty.paragraphs) == ("", "", [])


def test_errors():
    with pytest.raises(ValueError, match="unknown character set 'no-such-set'"):
        lede.extract(b"<p>x</p>", encoding="no-such-set")
    with pytest.raises(ValueError, match="encoding applies to bytes"):
        lede.extract("<p>x</p>", encoding="utf-8")
    with pytest.raises(TypeError, match="page must be str or bytes-like"):
        lede.extract(None)
    with pytest.raises(TypeError, match="encoding must be a str or None"):
        lede.extract(b"<p>x</p>", encoding=1252)


def test_a_lone_surrogate_in_the_encoding_is_a_value_error_naming_it():
    # pybind11's "incompatible function arguments" named no argument.
    with pytest.raises(ValueError, match=r"encoding: lone surrogate U\+DC80 at index 5"):
        lede.extract(b"<p>Text.</p>", encoding="utf-8\udc80")


def test_an_encoding_holding_a_nul_is_unknown():
    # ICU read the name up to the NUL: "utf-8\0x" passed for utf-8.
    with pytest.raises(ValueError, match="unknown character set 'utf-8\x00x'"):
        lede.extract(b"<p>Text.</p>", encoding="utf-8\x00x")


def test_summarize_in_the_declared_language():
    a = lede.extract(PAGE.encode("cp1252"))
    got = lede.summarize(a.text, language=a.language, method="lead", sentences=1)
    assert got[0].text == a.paragraphs[0].text


def test_the_documented_recipe_takes_languages_lede_lacks():
    # docs/python.md's recipe passed article.language as it was: "ko" raised
    # ValueError (2 of the 92 development pages declare it) before lede read
    # Korean; Swahili is still such a language.
    page = ("<html lang=\"sw-KE\"><head><title>Bridge</title></head><body><article>"
            "<p>The old harbour bridge reopened to traffic on Tuesday after eleven months of repairs.</p>"
            "<p>Workers replaced both supports and repainted the span, the city said on Monday.</p>"
            "</article></body></html>").encode()
    article = lede.extract(page)
    assert article.language == "sw"
    with pytest.raises(ValueError, match="unknown language 'sw'"):
        lede.summarize(article.text, language=article.language)
    lang = article.language or "en"
    got = lede.summarize(article.text, language=lang if lang in lede.languages() else "auto",
                         method="lead", sentences=1)
    assert got[0].text.startswith("The old harbour bridge reopened")


def test_an_article_is_summarized_as_the_cli_summarizes_the_page(cli, tmp_path):
    # lede.summarize(article): its text, its headline, and the language the
    # page declares unless one is given, as `lede summarize page.html` (-L).
    f = tmp_path / "page.html"
    f.write_text(GERMAN_PAGE, encoding="utf-8")
    article = lede.extract(f.read_bytes())
    for flags, kwargs in (([], {}), (["-L", "en"], {"language": "en"}), (["-L", "de"], {"language": "de"})):
        proc = run_cli(cli, "summarize", "-o", "json", "-n", "1", *flags, str(f))
        assert proc.returncode == 0, proc.stderr
        want = [(s["text"], s["start"], s["end"]) for s in json.loads(proc.stdout)["sentences"]]
        got = lede.summarize(article, sentences=1, **kwargs)
        assert [(s.text, s.start, s.end) for s in got] == want, flags
    # The declared German, not the default English, chose the sentence.
    assert lede.summarize(article, sentences=1) != lede.summarize(article, sentences=1, language="en")
    # A cluster of pages declaring one language is read in it; titles given win.
    assert lede.summarize([article, article], words=20) == lede.summarize(
        [article.text, article.text], words=20, language="de", titles=[article.title, article.title])
    assert lede.summarize([article, "Ein Satz ohne Seite."], words=20) == lede.summarize(
        [article.text, "Ein Satz ohne Seite."], words=20, titles=[article.title, None])
    # The oracle reads an Article alike.
    reference = "Der Stadtrat beschloss den Bau einer neuen Brücke."
    assert lede.Summarizer(sentences=1).oracle(article, reference) == lede.Summarizer(
        sentences=1, language="de").oracle(article.text, reference, titles=[article.title])


@pytest.mark.skipif(not os.environ.get("LEDE_CLI"), reason="needs the lede CLI (LEDE_CLI)")
def test_same_as_the_cli(tmp_path):
    f = tmp_path / "page.html"
    f.write_bytes(PAGE.encode("cp1252"))
    out = subprocess.run([os.environ["LEDE_CLI"], "extract", "-o", "json", str(f)],
                         check=True, capture_output=True).stdout
    cli = json.loads(out)
    a = lede.extract(f.read_bytes())
    assert cli == {"title": a.title, "text": a.text,
                   "paragraphs": [{"kind": p.kind, "text": p.text} for p in a.paragraphs],
                   "encoding": a.encoding, "language": a.language}


def test_gzip_compressed_pages_are_decompressed_as_the_cli_does():
    # A saved page.html.gz read into bytes: its compressed bytes were taken
    # for windows-1252 text and returned as the article, without a word.
    import gzip
    plain = PAGE.encode("cp1252")
    packed = lede.extract(gzip.compress(plain))
    assert packed == lede.extract(plain)
    assert packed.title == "Ponte reaberta"
    with pytest.raises(ValueError, match="page: bad gzip data"):
        lede.extract(gzip.compress(plain)[:40])
