// `lede methods`: the registered summarization methods.
#include <iostream>

#include "lede/command.h"
#include "lede/io.h"
#include "lede/summarize.h"

namespace lede::cli {
namespace {

void add(CLI::App& app, std::function<int()>& runner) {
  auto json = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand("methods", "List the summarization methods and the defaults");
  cmd->footer(
      "Output: one NAME<TAB>DESCRIPTION line per method, then the defaults; --json prints\n"
      "{\"default_single\", \"default_cluster\", \"methods\": [{\"name\", \"description\", \"multi_document\",\n"
      "\"reads_model\"}]} (multi_document: meaningful on clusters; reads_model: reads --model).\n"
      "Exit status: 0 ok, 2 usage errors, 3 standard output that could not be written to the end (a\n"
      "full disk, a closed pipe).");
  cmd->add_flag("--json", *json, "Print as JSON");
  cmd->callback([json, &runner] {
    runner = [json] {
      if (*json) {
        std::cout << methods_to_json(2) << '\n';
      } else {
        for (const auto& m : methods()) std::cout << m.name << "\t" << m.description << '\n';
        std::cout << "\ndefault: " << default_method(false) << " (one document), " << default_method(true)
                  << " (cluster)\n";
      }
      return kExitOk;
    };
  });
}

LEDE_COMMAND(90, add);

}  // namespace
}  // namespace lede::cli
