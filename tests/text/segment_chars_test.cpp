// The characters the segmenter reads as quotes: guillemets point either way
// (German, Danish and Czech »...« and ›...‹, French and Swiss «...»), so each
// opens and closes a quotation.
#include "text/segment_chars.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/split_sentences.h"

namespace lede {
namespace {

using testing::split;

using V = std::vector<std::string>;

TEST(SegmentChars, GuillemetsOpenAndCloseInBothDirections) {
  for (const char32_t cp : {U'\u00AB', U'\u00BB', U'\u2039', U'\u203A'}) {
    EXPECT_TRUE(text::is_opener(cp)) << static_cast<unsigned>(cp);
    EXPECT_TRUE(text::is_closer(cp)) << static_cast<unsigned>(cp);
  }
}

TEST(SegmentChars, GermanGuillemetsPointInward) {
  // A quotation opening after a sentence end starts the next sentence.
  EXPECT_EQ(split("Der Zug stand still. »Wir warten auf den Techniker«, sagte die Schaffnerin.", "de"),
            (V{"Der Zug stand still.", "»Wir warten auf den Techniker«, sagte die Schaffnerin."}));
  // A closing « after the full stop stays with the quoted sentence.
  EXPECT_EQ(split("Die Schaffnerin rief: »Der Zug fällt aus.« Dann stiegen alle aus.", "de"),
            (V{"Die Schaffnerin rief: »Der Zug fällt aus.«", "Dann stiegen alle aus."}));
  // Inside a quotation sentences end as outside it; the closing marks stay.
  EXPECT_EQ(split("Er las: »Sie sagte ›Nein.‹ Mehr nicht.« Danach schwieg er.", "de"),
            (V{"Er las: »Sie sagte ›Nein.‹", "Mehr nicht.«", "Danach schwieg er."}));
  // Reported speech after the quotation goes on.
  EXPECT_EQ(split("»Der Zug fällt aus.« sagte sie leise.", "de"), (V{"»Der Zug fällt aus.« sagte sie leise."}));
}

TEST(SegmentChars, DanishGuillemetsToo) {
  EXPECT_EQ(split("Toget holdt stille. »Vi venter på teknikeren,« sagde konduktøren.", "da"),
            (V{"Toget holdt stille.", "»Vi venter på teknikeren,« sagde konduktøren."}));
}

TEST(SegmentChars, FrenchGuillemetsPointOutward) {
  EXPECT_EQ(split("Le train s'est arrêté. « Nous attendons le technicien », a dit la contrôleuse.", "fr"),
            (V{"Le train s'est arrêté.", "« Nous attendons le technicien », a dit la contrôleuse."}));
  EXPECT_EQ(split("Elle a crié : « Le train est annulé. » Puis tout le monde est descendu.", "fr"),
            (V{"Elle a crié : « Le train est annulé. »", "Puis tout le monde est descendu."}));
  EXPECT_EQ(split("Elle a crié : «Le train est annulé.» Puis tout le monde est descendu.", "fr"),
            (V{"Elle a crié : «Le train est annulé.»", "Puis tout le monde est descendu."}));
  EXPECT_EQ(split("« Le train est annulé. » a-t-elle crié.", "fr"), (V{"« Le train est annulé. » a-t-elle crié."}));
}

}  // namespace
}  // namespace lede
