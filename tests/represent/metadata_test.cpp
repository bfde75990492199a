#include <gtest/gtest.h>

#include "lede/summarize.h"
#include "lede/text.h"
#include "represent/headings.h"
#include "represent/metadata.h"
#include "represent/representation.h"
#include "support/clusters.h"

namespace lede {
namespace {

std::vector<bool> flags(const std::string& text) {
  Document doc;
  doc.text = text;
  EXPECT_TRUE(analyze(doc).ok());
  std::vector<bool> out;
  for (const Sentence& s : doc.sentences) out.push_back(is_metadata_sentence(s));
  return out;
}

// A story as news data sets often carry it: the page's byline and time
// stamps joined into the text with detached periods.
const char* kStory =
    "By . Lede News Reporter . PUBLISHED: . 09:52 EST, 15 March 2013 . | . UPDATED: . 10:05 EST, 15 March 2013 . "
    "A family of four was rescued from a flooded farmhouse on Thursday after water cut off the only road. "
    "Scroll down for video . Firefighters used a boat to reach the house. The family is safe.";

std::vector<bool> flags_in(const std::string& text, const std::string& language) {
  Document doc;
  doc.text = text;
  AnalyzeOptions o;
  o.language = language;
  EXPECT_TRUE(analyze(doc, o).ok());
  std::vector<bool> out;
  for (const Sentence& s : doc.sentences) out.push_back(is_metadata_sentence(s));
  return out;
}

// Wire datelines that their period sets off as sentences of their own
// (team-written stories in the agencies' styles).
TEST(Metadata, DatelinesSetOffByTheirPeriodAreMetadata) {
  EXPECT_EQ(flags_in("MADRID, 5 de abril (EFE). - El Gobierno aprobó este martes un plan de trenes.", "es"),
            (std::vector<bool>{true, false}));
  EXPECT_EQ(flags_in("МОСКВА, 12 мая. /ТАСС/. Центральный банк сохранил ключевую ставку.", "ru"),
            (std::vector<bool>{true, true, false}));
  EXPECT_EQ(flags_in("RIO DE JANEIRO, 3 de março (Lusa). O governo anunciou novas medidas.", "pt"),
            (std::vector<bool>{true, false}));
  EXPECT_EQ(flags_in("ROMA, 3 marzo (ANSA). Il governo ha approvato la riforma.", "it"),
            (std::vector<bool>{true, false}));
}

TEST(Metadata, ShortSentencesAfterAPlaceInCapitalsAreNotDatelines) {
  EXPECT_EQ(flags_in("ROMA, 3 morti nell'incidente. Il traffico è bloccato da ore.", "it"),
            (std::vector<bool>{false, false}));
  EXPECT_EQ(flags_in("Il vertice si terrà a PARIGI, Francia. Il traffico è bloccato da ore.", "it"),
            (std::vector<bool>{false, false}));
  EXPECT_EQ(flags_in("NATO, 75 years on. The alliance meets in July to mark it.", "en"),
            (std::vector<bool>{false, false}));
}

TEST(Metadata, BylinesTimeStampsAndFurnitureAreMetadata) {
  const auto f = flags(kStory);
  ASSERT_GE(f.size(), 10u);
  const std::size_t body = f.size() - 4;  // the first story sentence
  for (std::size_t k = 0; k < body; ++k) EXPECT_TRUE(f[k]) << k;
  EXPECT_FALSE(f[body]);
  EXPECT_TRUE(f[body + 1]);  // Scroll down for video
  EXPECT_FALSE(f[body + 2]);
  EXPECT_FALSE(f[body + 3]);
}

// Older pages of the same kind: several authors in one credit, a
// "Last updated" stamp and a follow-us line.
TEST(Metadata, JointCreditsAndFollowLinesAreMetadata) {
  const auto f = flags(
      "By . Ann Lowe and Peter Grant . Last updated at 8:36 AM on 19th October 2011 . "
      "Two walkers were rescued from a ridge after a night in freezing fog. Follow @@AnnLoweNews on Twitter . "
      "Both are safe.");
  EXPECT_EQ(f, (std::vector<bool>{true, true, true, false, true, false}));
  for (const char* t : {"Sam Webb for Lede Online .", "Ann Lowe, Peter Grant and Ivo Marsh ."})
    for (bool b : flags(t)) EXPECT_TRUE(b) << t;
  // Short sentences of a story with detached periods stay.
  for (const char* t : {"Ann and Peter left early .", "Follow the money, she said .", "Rain in Spain and France ."})
    for (bool b : flags(t)) EXPECT_FALSE(b) << t;
}

TEST(Metadata, LinesOfFiguresAreMetadata) {
  // Rows of a stat sheet or a table set as lines: half their words or more
  // hold a digit.
  for (const char* t :
       {"1 sack, 1 TFL, 2 QH.", "2 tackles, 1 assist (3 combined).", "1. Thomas Muller - 27", "Mitt Romney: 40 (63%)"})
    for (bool f : flags(t)) EXPECT_TRUE(f) << t;
  // Sentences that carry figures among their words are sentences.
  for (const char* t :
       {"The Dow fell 1.2% to 25,000 points on Monday.", "Sales rose 12% in 2014 to 3.5 billion dollars.",
        "In 2012, 45 people died in 3 attacks.", "Finland won 3-0 at home."})
    for (bool f : flags(t)) EXPECT_FALSE(f) << t;
}

TEST(Metadata, ListsOfCountsAreMetadata) {
  // A stat line whose words outnumber its figures is still a row of counts:
  // three or more items, each opening with a number.
  for (const char* t : {"1 sack, 1 TFL, 1 QH, 1 pass defended.", "1 sack, 2 TFL, 2 QH, 2 INT, 4 passes defended.",
                        "1 TFL, 1 INT, 2 passes defended.", "12 points; 8 rebounds; 5 assists; 2 steals."})
    for (bool f : flags(t)) EXPECT_TRUE(f) << t;
  // Fewer items, or items that do not all open with a number, make a sentence.
  for (const char* t : {"3 people died, 5 were injured and 2 remain missing.",
                        "He had 2 sacks, 3 tackles, 1 interception and 4 passes defended.",
                        "Rain fell in 3 towns, 2 villages, 4 farms and 1 city on Monday, officials said."})
    for (bool f : flags(t)) EXPECT_FALSE(f) << t;
}

TEST(Metadata, OrdinarySentencesAreNot) {
  for (const char* t :
       {"He resigned.", "By the end of the year, prices had doubled across the region.",
        "Prices rose 3% by 09:30 on Monday, traders said.", "Obama wins.", "By Friday the storm had passed."})
    for (bool f : flags(t)) EXPECT_FALSE(f) << t;
}

// Wire copy as archived: the story, an editor's instruction, the editors'
// initials and the transmission stamp, each on its own line.
TEST(Metadata, WireCodesAndInstructionsAreMetadata) {
  for (const char* t :
       {"NYT-10-05-98 1735EDT", "(ht-sf-fd)", "(pvs/ih/kk/gj)", "AP-NY-11-02-99 0412GMT",
        "(STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)", "(Begin optional trim)",
        "(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS.)", "(END OPTIONAL TRIM)", "The council voted, 4th graf pvs",
        "Chile said, graf 3 pvs", "A plane, 2nd graf, pvs", "vj/mae", "str-mae-vj"}) {
    const auto f = flags(t);
    ASSERT_FALSE(f.empty()) << t;
    for (bool b : f) EXPECT_TRUE(b) << t;
  }
}

TEST(Metadata, OrdinaryShortSentencesAreNotWireCodes) {
  for (const char* t : {"He is 6.", "So it is!", "Why not?", "It was 1998", "Oil up 5% on Iran fears",
                        "Ñu is an odd word here", "She lost to Graf 6-3 in the final.",
                        "The patient was in a PVS for 3 years.", "Optional extras follow.", "NATO TRIMS ITS BUDGET."})
    for (bool f : flags(t)) EXPECT_FALSE(f) << t;
}

TEST(Metadata, NoMethodChoosesMetadataWhenTheStoryHasSentences) {
  Cluster c;
  Document d;
  d.text = kStory;
  c.documents.push_back(d);
  Summarizer s;
  for (const MethodInfo& m : methods()) {
    SummarizeOptions o;
    o.method = m.name;
    o.budget = Budget::sentences(3);
    auto r = s.summarize(c, o);
    ASSERT_TRUE(r.ok()) << m.name;
    for (const auto& sent : r->sentences) {
      EXPECT_EQ(sent.text.find("PUBLISHED"), std::string::npos) << m.name;
      EXPECT_EQ(sent.text.find("Reporter"), std::string::npos) << m.name;
      EXPECT_EQ(sent.text.find("Scroll down"), std::string::npos) << m.name;
    }
  }
}

// The two best sentences by `lead`, best first.
std::vector<std::string> lead_two(const Cluster& c) {
  SummarizeOptions o;
  o.method = "lead";
  o.order = Order::kRank;
  o.budget = Budget::sentences(2);
  auto r = Summarizer().summarize(c, o);
  EXPECT_TRUE(r.ok());
  std::vector<std::string> out;
  if (r.ok())
    for (const auto& sent : r->sentences) out.push_back(sent.text);
  return out;
}

TEST(Metadata, BylinesAndMarkupLinesDoNotCountAsStoryPositions) {
  const Cluster c = testing::analyzed_cluster(
      {"<P>\nBy Lede News Reporter\nThe river burst its banks at dawn on Monday.\n</P>\n<P>\n"
       "Hundreds of homes were flooded in the old town.\n</P>",
       "The river burst its banks at dawn on Monday.\nHundreds of homes were flooded in the old town."});
  const Representation rep = represent(c);
  std::vector<std::size_t> body_positions, plain_positions;
  for (std::size_t i = 0; i < rep.size(); ++i) {
    if (rep.sentences[i].document == 1) plain_positions.push_back(rep.sentences[i].position);
    else if (!rep.metadata[i]) body_positions.push_back(rep.sentences[i].position);
  }
  ASSERT_EQ(rep.sentences.size(), 9u);  // 7 lines of the first document, 2 of the second
  EXPECT_EQ(body_positions, (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(plain_positions, (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(rep.sentences[2].index, 2u);  // the index still finds the sentence in its document
}

TEST(Metadata, LeadTakesTheStorysFirstSentenceAfterMarkupLines) {
  Cluster c =
      testing::analyzed_cluster({"<DOC>\n<TEXT>\nThe river burst its banks at dawn on Monday, flooding the old town.\n"
                                 "Rescue crews reached stranded families by boat before noon.\n</TEXT>\n</DOC>",
                                 "Rescue crews worked through the night near the flooded old town.\n"
                                 "The river burst its banks at dawn on Monday, officials said."});
  // Both documents' first story sentences score 1; the tag lines before the
  // first one no longer demote it below the second document's.
  EXPECT_EQ(lead_two(c),
            (std::vector<std::string>{"The river burst its banks at dawn on Monday, flooding the old town.",
                                      "Rescue crews worked through the night near the flooded old town."}));
}

Document analyzed(const std::string& text) {
  Document doc;
  doc.text = text;
  EXPECT_TRUE(analyze(doc).ok());
  return doc;
}

TEST(Metadata, DateLinesAndWireNoticesAreMetadata) {
  for (const char* t : {"Saturday, January 8, 2005", "12 March 2013", "Monday, Oct. 5"})
    EXPECT_EQ(flags(t), std::vector<bool>{true}) << t;
  EXPECT_EQ(flags("This material may not be published, broadcast, rewritten or redistributed."),
            std::vector<bool>{true});
  for (const char* t : {"Monday was a quiet day in Marlow.", "March 2013 was the wettest month on record.",
                        "Saturday, January 8, 2005 was the day the dam broke."})
    for (bool f : flags(t)) EXPECT_FALSE(f) << t;
}

TEST(Metadata, AShortFirstLineWithoutAClosingMarkIsAHeadline) {
  const std::string body =
      "Flood waters rose across the valley on Monday. Crews reached stranded families by boat. Nobody is missing.";
  EXPECT_TRUE(is_headline(analyzed("Flood hits Marlow\n\n" + body), 0));
  EXPECT_TRUE(is_headline(analyzed("NATIONAL FORECAST\n" + body), 0));
  EXPECT_TRUE(is_headline(analyzed("Flood aid to be tax-deductible in the U.S.\n" + body), 0));
  // A sentence of the body: a closing mark, no line break after it, too long,
  // or too little text after it.
  EXPECT_FALSE(is_headline(analyzed("Flood hits Marlow.\n" + body), 0));
  EXPECT_FALSE(is_headline(analyzed("Flood hits Marlow! " + body), 0));
  EXPECT_FALSE(
      is_headline(analyzed("Flood waters that rose across the whole of the river valley on Monday morning cut off "
                           "the town\n" +
                           body),
                  0));
  // Over one sentence (a brief; a story cut to its leading sentences in a
  // big cluster) it is a headline too, but not over a line without a mark:
  // two such lines are a list.
  EXPECT_TRUE(is_headline(analyzed("Flood hits Marlow\nCrews reached families by boat."), 0));
  EXPECT_FALSE(is_headline(analyzed("Flood hits Marlow\nCrews reached families by boat"), 0));
  EXPECT_FALSE(is_headline(analyzed("Flood hits Marlow"), 0));
}

TEST(Metadata, TheStoryStartsAfterItsHeadline) {
  Cluster c = testing::analyzed_cluster(
      {"Marlow flood latest\nSaturday, January 8, 2005\nThe river burst its banks at dawn on Monday, flooding the old "
       "town.\nRescue crews reached stranded families by boat before noon.",
       "Rescue crews worked through the night near the flooded old town.\n"
       "The river burst its banks at dawn on Monday, officials said."});
  const Representation rep = represent(c);
  ASSERT_GE(rep.size(), 4u);
  EXPECT_TRUE(rep.metadata[0]);  // headline
  EXPECT_TRUE(rep.metadata[1]);  // date line
  EXPECT_FALSE(rep.metadata[2]);
  EXPECT_EQ(rep.sentences[2].position, 0u);
  EXPECT_EQ(lead_two(c),
            (std::vector<std::string>{"The river burst its banks at dawn on Monday, flooding the old town.",
                                      "Rescue crews worked through the night near the flooded old town."}));
}

// Commentary pages close with the author's disclaimer and open with an
// editor's note on who the author is; news pages set links to other
// stories in the text with a closing guillemet.
TEST(Metadata, DisclaimersEditorsNotesAndLinkLinesAreMetadata) {
  for (const char* t :
       {"The opinions expressed in this commentary are solely those of Dana Whitlow.",
        "The views expressed in this column are solely those of the author.", "The views expressed here are her own.",
        "Editor's note: Dana Whitlow is a professor of economics at Marlow College.",
        "Editor\u2019s note: This story contains images some readers may find distressing.",
        "Watch the rescue crews reach the farmhouse \u00BB", "See photos of the flood \u00BB"})
    EXPECT_EQ(flags(t), std::vector<bool>{true}) << t;
}

TEST(Metadata, QuotationsInGuillemetsAndViewsInTheNewsAreNot) {
  for (const char* t : {"The views expressed by the minister drew sharp criticism on Monday.",
                        "Opinions differ on whether the dam should be rebuilt."})
    for (bool f : flags(t)) EXPECT_FALSE(f) << t;
  for (bool f : flags_in("Le maire a déclaré : \u00ABNous reconstruirons la digue.\u00BB", "fr")) EXPECT_FALSE(f);
  for (bool f : flags_in("Er sagte: \u00BBWir bauen den Damm wieder auf.\u00AB Dann ging er.", "de")) EXPECT_FALSE(f);
}

// Wire stories close with their credits (team-written, in the agencies'
// styles); a news sentence may still open with "Reporting by".
TEST(Metadata, CreditLinesClosingWireStoriesAreMetadata) {
  for (const char* t :
       {"(Reporting by Ana Ruiz in Marlow; Editing by Tom Hale)", "(Additional reporting by Sam Cole in Lyon)",
        "Additional reporting by Sam Cole in Lyon.", "Reporting by Ana Ruiz; Editing by Tom Hale.",
        "Writing by Ana Ruiz, editing by Tom Hale.", "Ana Ruiz and Sam Cole contributed to this report.",
        "Lede News reporter Sam Cole contributed reporting from Lyon."})
    EXPECT_EQ(flags(t), std::vector<bool>{true}) << t;
  for (const char* t :
       {"Reporting by the Marlow Gazette showed the council had ignored three warnings.",
        "Writing by hand is slower, the study found.", "The mayor contributed to the flood fund this year.",
        "Editing by committee delayed the report for a month, the council said."})
    for (bool f : flags(t)) EXPECT_FALSE(f) << t;
}

}  // namespace
}  // namespace lede
