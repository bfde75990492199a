#include "lede/train_data.h"

#include <iostream>

#include "learn/dataset.h"
#include "lede/input.h"
#include "lede/text.h"
#include "represent/representation.h"

namespace lede::cli {

bool read_training_set(const std::string& path, const TrainingRecordFn& use) {
  std::size_t index = 0, skipped = 0;
  const bool ok = for_each_record("train", path, [&](Record& rec, std::size_t) {
    const std::size_t record = index++;
    if (rec.cluster.documents.size() != 1 || rec.references.empty()) {
      ++skipped;
      return Status::Ok();
    }
    Document& doc = rec.cluster.documents[0];
    if (Status st = analyze(doc); !st.ok()) return st;
    if (doc.sentences.empty()) {
      ++skipped;
      return Status::Ok();
    }
    use(doc, rec.references, record);
    if (index % 1000 == 0) std::cerr << "  " << path << ": " << index << " records\n";
    return Status::Ok();
  });
  if (ok && skipped > 0)
    std::cerr << "  " << path << ": skipped " << skipped << " records (not one document with references)\n";
  return ok;
}

learn::FeatureMatrix variant_features(Document doc, bool lower) {
  learn::flatten_paragraphs(doc);
  if (lower) learn::lowercase_in_place(doc);
  Cluster c;
  c.documents.push_back(std::move(doc));
  return learn::sentence_features(c, represent(c));
}

}  // namespace lede::cli
