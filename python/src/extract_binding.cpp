// Web pages for Python: lede/extract.h, as `lede extract -o json` gives it.
#include <pybind11/stl.h>

#include <string>

#include "bindings.h"
#include "lede/extract.h"

namespace py = pybind11;

namespace lede::python {
namespace {

// -> (title, text, [(kind, text)], encoding, language)
py::tuple extract(const py::bytes& page, const std::string& encoding, bool captions) {
  const std::string bytes = page;
  Result<Article> article = Status::Internal("not run");
  {
    py::gil_scoped_release release;
    ExtractOptions opts;
    opts.encoding = encoding;
    opts.keep_captions = captions;
    article = extract_article(bytes, opts);
  }
  if (!article.ok()) raise_status(article.status());
  py::list paragraphs;
  for (const ArticleParagraph& p : article->paragraphs)
    paragraphs.append(py::make_tuple(std::string(paragraph_kind_name(p.kind)), p.text));
  return py::make_tuple(article->title, article->text, paragraphs, article->encoding, article->language);
}

}  // namespace

void bind_extract(py::module_& m) {
  m.def("extract", &extract, py::arg("page"), py::arg("encoding"), py::arg("captions"));
}

}  // namespace lede::python
