// Summarizes a fixed text through the installed library.
#include <lede/summarize.h>

#include <iostream>

int main() {
  lede::Cluster cluster;
  lede::Document doc;
  doc.text = "The bridge reopened on Friday. Repairs took two years. Traffic returned at once.";
  cluster.documents.push_back(doc);
  lede::SummarizeOptions opts;
  opts.budget = lede::Budget::sentences(1);
  lede::Summarizer summarizer;
  auto summary = summarizer.summarize(cluster, opts);
  if (!summary.ok() || summary->sentences.size() != 1) return 1;
  std::cout << summary->sentences[0].text << '\n';
  return 0;
}
