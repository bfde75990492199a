// Sentence marks that scripts write only where a sentence ends (the
// Devanagari danda, the Urdu full stop, the Arabic question mark, the
// Armenian full stop) end one even when the space after them is missing, as
// the marks of Chinese, Japanese, Ethiopic or Khmer do.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/split_sentences.h"
#include "text/segment_chars.h"

namespace lede {
namespace {

using testing::split;

using V = std::vector<std::string>;

TEST(SegmentMarks, ScriptStopsAreKnown) {
  for (const char32_t cp : {U'\u0964', U'\u0965', U'\u06D4', U'\u061F', U'\u0589'})
    EXPECT_TRUE(text::is_script_stop(cp)) << static_cast<unsigned>(cp);
  for (const char32_t cp : {U'.', U'?', U'\u3002', U':'}) EXPECT_FALSE(text::is_script_stop(cp));
}

TEST(SegmentMarks, ScriptStopsEndSentencesWithoutASpace) {
  EXPECT_EQ(split("बारिश रुक गई।बच्चे बाहर खेलने लगे।", "hi"), (V{"बारिश रुक गई।", "बच्चे बाहर खेलने लगे।"}));
  // Hindi asks with '?', which no word of a script without case holds.
  EXPECT_EQ(split("क्या तुम आओगे?हम इंतज़ार करेंगे॥फिर चलेंगे।", "hi"), (V{"क्या तुम आओगे?", "हम इंतज़ार करेंगे॥", "फिर चलेंगे।"}));
  // Between Latin letters it may be part of a name or an address.
  EXPECT_EQ(split("Write to Yahoo!Mail today. Then rest.", "en"), (V{"Write to Yahoo!Mail today.", "Then rest."}));
  EXPECT_EQ(split("بارش رک گئی۔بچے باہر کھیلنے لگے۔", "ur"), (V{"بارش رک گئی۔", "بچے باہر کھیلنے لگے۔"}));
  EXPECT_EQ(split("کیا تم آؤ گے؟ہم انتظار کریں گے۔", "ur"), (V{"کیا تم آؤ گے؟", "ہم انتظار کریں گے۔"}));
  EXPECT_EQ(split("هل ستأتي غدا؟سننتظرك في المحطة.", "ar"), (V{"هل ستأتي غدا؟", "سننتظرك في المحطة."}));
  EXPECT_EQ(split("Անձրևը դադարեց։Երեխաները դուրս եկան։", "hy"), (V{"Անձրևը դադարեց։", "Երեխաները դուրս եկան։"}));
}

TEST(SegmentMarks, UrduAcronymsAndVerseNumbersGoOn) {
  // Urdu spells an acronym's letters with its full stop between them.
  EXPECT_EQ(split("ایم۔کیو۔ایم نے آج اجلاس بلایا۔ سب آئے۔", "ur"), (V{"ایم۔کیو۔ایم نے آج اجلاس بلایا۔", "سب آئے۔"}));
  // A verse number between double dandas is no sentence of its own.
  EXPECT_EQ(split("सत्य की जय हो ॥१॥ असत्य का नाश हो ॥२॥", "hi"), (V{"सत्य की जय हो ॥१॥", "असत्य का नाश हो ॥२॥"}));
}

}  // namespace
}  // namespace lede
