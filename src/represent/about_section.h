// The section a press release closes with about its issuer ("About
// Northwind Energy" over the company's standard paragraph, then contacts):
// the same words under every release of the company, no part of the news.
#pragma once

#include <cstddef>

#include "lede/document.h"

namespace lede {

// The index of the sentence that heads the closing "About ..." section of
// `doc`, or doc.sentences.size() when it has none. The heading is a
// paragraph of its own, in the second half of the document with at least
// one and at most 12 sentences after it, that reads "About" and a name of
// at most six words ("About Northwind Energy", "About the Harbor Trust";
// also "À propos de", "Über", "Acerca de", "Sobre", "Informazioni su"),
// with no closing mark. The heading and everything after it are metadata.
std::size_t about_section_start(const Document& doc);

}  // namespace lede
