// What `lede train` reads: single-document records with reference
// summaries, analyzed, and the variants of a document it also trains on.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "learn/features.h"
#include "lede/document.h"

namespace lede::cli {

using TrainingRecordFn =
    std::function<void(const Document& doc, const std::vector<std::string>& references, std::size_t record)>;

// Reads the JSONL file `path`, calling `use` for each record of one document
// with references, after analysis (record: its number among the file's
// records, from 0). Others are skipped and counted on standard error;
// progress every 1,000 records. False after an error, said on standard error.
bool read_training_set(const std::string& path, const TrainingRecordFn& use);

// Features of `doc` as it would read without paragraph breaks, and also
// lowercased when `lower` (CNN/DailyMail as distributed).
learn::FeatureMatrix variant_features(Document doc, bool lower);

}  // namespace lede::cli
