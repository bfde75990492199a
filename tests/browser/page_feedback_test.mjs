// What the lede web page tells its user: nothing fails while it loads, no
// empty result shows before the first summary, a missing budget value is said
// before anything is sent, a result does not stay beside the error of a later
// request, results name the box each article was pasted in, the language
// control offers the service's languages, is sent and its answer shown, and a web page without article text
// is said to be one.
// Usage: node page_feedback_test.mjs BASE_URL
import { launchOrSkip } from "./launch.mjs";
import assert from "node:assert/strict";

const [base] = process.argv.slice(2);

const FIRST = "The harbour board met on Monday to discuss the new pier. " +
  "It approved a budget of 12 million euros after a long debate. " +
  "Work should start in the spring and last two years.";
const THIRD = "A ferry line between the two islands will open in June. " +
  "Tickets will be sold online only. The islands had a record summer last year.";

const GERMAN = "Der Stadtrat hat am Montag einen neuen Haushalt beschlossen. " +
  "Die Bauarbeiten an der Brücke sollen im Frühjahr beginnen und zwei Jahre dauern. " +
  "Die Opposition hält die Kosten für zu hoch und verlangt eine unabhängige Prüfung.";

const browser = await launchOrSkip();

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  // The browser's own requests (the icon) show in the console only.
  const failed = [];
  page.on("console", (m) => { if (m.type() === "error") failed.push(m.text()); });
  let summarizeRequests = 0;
  page.on("request", (r) => { if (r.url().endsWith("/v1/summarize")) summarizeRequests += 1; });

  // Loading the page asks the service for nothing it does not have (the
  // browser's own /favicon.ico request was a 404 in the console).
  await page.goto(base);
  await page.waitForFunction(() => document.querySelectorAll("#method option").length > 1);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(300);
  assert.deepEqual(failed, [], "nothing fails while the page loads");
  // No empty result (its headings) before anything is summarized: #result's
  // grid layout overrode its hidden attribute.
  assert.equal(await page.isHidden("#result"), true, "no result before the first summary");

  // An emptied budget box is said in words, and nothing is sent (it went as
  // 0 and came back as "... not 0").
  await page.fill("#article-1", FIRST);
  await page.selectOption("#budget-kind", "sentences");
  await page.fill("#budget-value", "");
  await page.click("#go");
  await page.waitForSelector("#error:not([hidden])");
  assert.match(await page.textContent("#error"), /Enter a budget value \(the number of sentences\)/);
  assert.equal(summarizeRequests, 0, "nothing is sent without a budget value");

  // A result, then a request the service refuses: the old result goes.
  await page.fill("#budget-value", "2");
  await page.click("#go");
  await page.waitForSelector("#result:not([hidden]) #docs mark");
  await page.selectOption("#budget-kind", "ratio");
  await page.fill("#budget-value", "5");
  await page.click("#go");
  await page.waitForSelector("#error:not([hidden])");
  assert.match(await page.textContent("#error"), /field 'ratio' must be in \(0, 1\], not 5 \(400 invalid_field\)/);
  assert.equal(await page.isHidden("#result"), true, "no earlier result beside the error");

  // Boxes 1 and 3 filled, 2 left empty: the results say "Article 3", the box
  // the second article was pasted in, not its place among those sent.
  await page.selectOption("#budget-kind", "sentences");
  await page.fill("#budget-value", "4");
  await page.click("#add");
  await page.click("#add");
  await page.fill("#article-3", THIRD);
  await page.click("#go");
  await page.waitForSelector("#result:not([hidden]) #docs h3");
  assert.equal(await page.isHidden("#error"), true);
  assert.deepEqual(await page.$$eval("#docs h3", (hs) => hs.map((h) => h.textContent)), ["Article 1", "Article 3"]);
  const fromThird = await page.$$eval("#sentences li", (li) => li.map((l) => l.textContent).filter((t) => /A ferry|Tickets|islands/.test(t)));
  assert.ok(fromThird.length > 0, "a sentence of the third box is chosen");
  for (const t of fromThird) assert.match(t, /, article 3\)$/);

  // Language: "detect from the text" is sent as "auto", and the language the
  // service identified is shown.
  await page.fill("#article-3", "");
  await page.fill("#article-1", GERMAN);
  await page.selectOption("#language", "auto");
  const sent = page.waitForRequest((r) => r.url().endsWith("/v1/summarize"));
  await page.click("#go");
  assert.equal((await sent).postDataJSON().language, "auto");
  await page.waitForFunction(() => /language de:/.test(document.querySelector("#timing").textContent));
  // The languages the service knows are offered by name, and a chosen one is sent by its code.
  assert.ok(await page.$('#language option[value="de"]'), "German is offered");
  assert.equal(await page.textContent('#language option[value="de"]'), "German (de)");
  await page.selectOption("#language", "de");
  const chosen = page.waitForRequest((r) => r.url().endsWith("/v1/summarize"));
  await page.click("#go");
  assert.equal((await chosen).postDataJSON().language, "de");
  await page.waitForFunction(() => /^Method /.test(document.querySelector("#timing").textContent));
  await page.selectOption("#language", "");

  // A web page without article text: said so, not "no sentence fits this budget".
  await page.getByLabel("HTML (one web page)").check();
  await page.fill("#article-1", "<html><body><nav><a href='/'>Home</a></nav></body></html>");
  await page.click("#go");
  await page.waitForFunction(() => /extracted/.test(document.querySelector("#docs").textContent));
  assert.equal(await page.textContent("#sentences"), "The service found no article text in this page.");

  assert.deepEqual(pageErrors, [], "no script errors on the page");
  console.log("browser feedback test passed");
} finally {
  await browser.close();
}
