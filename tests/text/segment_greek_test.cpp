// Greek: a lower-case word after a full stop opens a sentence only after a
// whole word; after a cut-off word (an abbreviation) the sentence goes on.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/split_sentences.h"

namespace lede {
namespace {

using testing::split;

using V = std::vector<std::string>;

TEST(SegmentGreek, AbbreviationBeforeLowerCaseGoesOn) {
  EXPECT_EQ(split("Το πρόγραμμα κοστίζει 2,5 δισ. ευρώ και θα ολοκληρωθεί έως το 2027.", "el"),
            (V{"Το πρόγραμμα κοστίζει 2,5 δισ. ευρώ και θα ολοκληρωθεί έως το 2027."}));
  EXPECT_EQ(split("Η εταιρεία έχασε 3 εκατ. ευρώ. Οι μετοχές έπεσαν.", "el"),
            (V{"Η εταιρεία έχασε 3 εκατ. ευρώ.", "Οι μετοχές έπεσαν."}));
  EXPECT_EQ(split("Η χώρα εισήγαγε 2 χιλ. τόνους σιτάρι πέρυσι.", "el"),
            (V{"Η χώρα εισήγαγε 2 χιλ. τόνους σιτάρι πέρυσι."}));
}

TEST(SegmentGreek, LowerCaseAfterAWholeWordStillOpensASentence) {
  EXPECT_EQ(split("Κανείς δεν ήρθε στη συνάντηση. η αίθουσα έμεινε άδεια.", "el"),
            (V{"Κανείς δεν ήρθε στη συνάντηση.", "η αίθουσα έμεινε άδεια."}));
}

}  // namespace
}  // namespace lede
