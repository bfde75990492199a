// Arabic, Persian and Urdu news: the Arabic comma is a comma, and a colon
// ends a heading or a dateline but not the speech, quotation or list it
// introduces in running text.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/split_sentences.h"

namespace lede {
namespace {

using testing::split;

using V = std::vector<std::string>;

TEST(SegmentArabicScript, ArabicCommaIsNoBoundary) {
  EXPECT_EQ(split("قال الرئيس، في كلمة أمام البرلمان، إن الحكومة ستواصل الإصلاحات. وأضاف أن الاقتصاد ينمو.", "ar"),
            (V{"قال الرئيس، في كلمة أمام البرلمان، إن الحكومة ستواصل الإصلاحات.", "وأضاف أن الاقتصاد ينمو."}));
  EXPECT_EQ(split("ارتفعت أسعار الخبز، والأرز، والسكر خلال الشهر الماضي.", "ar"),
            (V{"ارتفعت أسعار الخبز، والأرز، والسكر خلال الشهر الماضي."}));
  EXPECT_EQ(split("به گزارش خبرگزاری، قیمت نان، برنج و شکر افزایش یافت.", "fa"),
            (V{"به گزارش خبرگزاری، قیمت نان، برنج و شکر افزایش یافت."}));
}

TEST(SegmentArabicScript, ColonAfterAVerbOfSayingGoesOn) {
  EXPECT_EQ(split("وقال المتحدث باسم الوزارة: إن الحكومة ستواصل الإصلاحات. وانتهى المؤتمر.", "ar"),
            (V{"وقال المتحدث باسم الوزارة: إن الحكومة ستواصل الإصلاحات.", "وانتهى المؤتمر."}));
  EXPECT_EQ(split("واضاف الوزير في المؤتمر الصحفي: لن نسمح بتأخير المشروع.", "ar"),
            (V{"واضاف الوزير في المؤتمر الصحفي: لن نسمح بتأخير المشروع."}));
  EXPECT_EQ(split("سخنگوی دولت گفت: دولت برنامه اصلاحات را ادامه می\u200Cدهد. جلسه پایان یافت.", "fa"),
            (V{"سخنگوی دولت گفت: دولت برنامه اصلاحات را ادامه می\u200Cدهد.", "جلسه پایان یافت."}));
  EXPECT_EQ(split("وزارت امور خارجه در بیانیه\u200Cای اعلام کرد: مذاکرات ادامه دارد. جلسه پایان یافت.", "fa"),
            (V{"وزارت امور خارجه در بیانیه\u200Cای اعلام کرد: مذاکرات ادامه دارد.", "جلسه پایان یافت."}));
  EXPECT_EQ(split("وزیر اعظم نے کہا: حکومت اصلاحات جاری رکھے گی۔ اجلاس ختم ہو گیا۔", "ur"),
            (V{"وزیر اعظم نے کہا: حکومت اصلاحات جاری رکھے گی۔", "اجلاس ختم ہو گیا۔"}));
}

TEST(SegmentArabicScript, ColonBeforeAQuotationGoesOn) {
  EXPECT_EQ(split("ونقلت الوكالة عن الوزير: «لن نتراجع عن القرار». وانتهى الاجتماع.", "ar"),
            (V{"ونقلت الوكالة عن الوزير: «لن نتراجع عن القرار».", "وانتهى الاجتماع."}));
}

TEST(SegmentArabicScript, ColonInsideRunningTextGoesOn) {
  // A list after a colon, in the middle of a paragraph.
  EXPECT_EQ(split("أقر البرلمان الموازنة. وتشمل الإجراءات: خفض الضرائب ورفع الأجور.", "ar"),
            (V{"أقر البرلمان الموازنة.", "وتشمل الإجراءات: خفض الضرائب ورفع الأجور."}));
  // A colon after more words than a heading holds.
  EXPECT_EQ(split("وفي تطور لافت خلال اجتماع مجلس الوزراء الذي عقد صباح اليوم في العاصمة بحضور جميع الوزراء: "
                  "تقرر تأجيل الانتخابات.",
                  "ar"),
            (V{"وفي تطور لافت خلال اجتماع مجلس الوزراء الذي عقد صباح اليوم في العاصمة بحضور جميع الوزراء: "
               "تقرر تأجيل الانتخابات."}));
}

TEST(SegmentArabicScript, HeadingColonEnds) {
  EXPECT_EQ(split("سؤال وجواب: ماذا حدث بعد الانتخابات؟ أعلنت النتائج أمس.", "ar"),
            (V{"سؤال وجواب:", "ماذا حدث بعد الانتخابات؟", "أعلنت النتائج أمس."}));
  EXPECT_EQ(split("الاثنين 3 مارس 2025، 10:15 بتوقيت غرينتش رويترز: ارتفعت أسعار النفط.", "ar"),
            (V{"الاثنين 3 مارس 2025، 10:15 بتوقيت غرينتش رويترز:", "ارتفعت أسعار النفط."}));
  EXPECT_EQ(split("پرسش و پاسخ: چه کسی برنده انتخابات شد؟", "fa"), (V{"پرسش و پاسخ:", "چه کسی برنده انتخابات شد؟"}));
  EXPECT_EQ(split("مزید تفصیلات: اجلاس کل دوبارہ ہوگا۔", "ur"), (V{"مزید تفصیلات:", "اجلاس کل دوبارہ ہوگا۔"}));
  // A number after the colon belongs to the heading ("الهاتف: 555").
  EXPECT_EQ(split("الهاتف: 5551234", "ar"), (V{"الهاتف: 5551234"}));
}

TEST(SegmentArabicScript, ColonOpeningAListOfShortItemsGoesOn) {
  const std::pair<const char*, const char*> cases[] = {
      {"ar", "النقاط الرئيسية: خفض الضرائب، وزيادة الرواتب، وتحسين الخدمات."},
      {"ar", "أبرز المطالب: رفع الأجور، تقليل ساعات العمل، تأمين صحي شامل."},
      {"fa", "نکات اصلی: کاهش مالیات، افزایش حقوق، بهبود خدمات."},
  };
  for (const auto& [lang, text] : cases) EXPECT_EQ(split(text, lang), (V{text})) << text;
}

TEST(SegmentArabicScript, HeadingBeforeASentenceWithLongClausesStillEnds) {
  EXPECT_EQ(split("سؤال وجواب: ما هي أسباب الأزمة الاقتصادية في البلاد، وكيف يمكن حلها بسرعة؟", "ar"),
            (V{"سؤال وجواب:", "ما هي أسباب الأزمة الاقتصادية في البلاد، وكيف يمكن حلها بسرعة؟"}));
  EXPECT_EQ(split("النقاط الرئيسية: خفض الضرائب.", "ar"), (V{"النقاط الرئيسية:", "خفض الضرائب."}));
}

}  // namespace
}  // namespace lede
