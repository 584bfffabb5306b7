#include "cli/options.hpp"

namespace brochure {

std::string usage_text() {
    return R"(brochure: turns an organisation's profile (YAML) into a print-ready PDF brochure.

Usage:
  brochure render PROFILE.yaml [-o OUT.pdf] [--fonts DIR] [--werror]
  brochure check PROFILE.yaml... [--werror]
  brochure --help | --version

Commands:
  render    validate PROFILE, lay it out as a two-page A4 brochure and write the PDF
  check     validate one or more profiles without rendering

Options:
  -o, --output OUT.pdf   where to write the PDF (default: PROFILE with .pdf instead of
                         .yaml, next to it); written atomically: on any error no file is
                         written and an existing OUT.pdf is left untouched
  --fonts DIR            folder with NotoSans-{Regular,Bold,Italic,BoldItalic}.ttf
                         (default: the fonts/ folder of the source tree it was built from)
  --werror               treat warnings as errors
  -h, --help             show this help and exit
  --version              show the version and exit

Environment:
  SOURCE_DATE_EPOCH      seconds since 1970-01-01 UTC to record as the PDF's creation
                         date; when unset, the PDF carries no date, so the same inputs
                         always give byte-identical files

Exit codes:
  0  success
  1  invalid input: the profile has errors (or warnings, with --werror)
  2  usage or I/O error: bad command line, unreadable profile or fonts, unwritable output
  3  internal error
)";
}

ParsedOptions parse_options(const std::vector<std::string>& args) {
    ParsedOptions parsed;
    Options& options = parsed.options;
    if (args.empty()) {
        parsed.error = "no command given";
        return parsed;
    }
    std::size_t i = 0;
    const std::string& first = args[0];
    if (first == "-h" || first == "--help" || first == "help") return parsed;
    if (first == "--version") {
        options.command = Command::version;
        return parsed;
    }
    if (first == "render") {
        options.command = Command::render;
    } else if (first == "check") {
        options.command = Command::check;
    } else {
        parsed.error = "unknown command '" + first + "'";
        return parsed;
    }
    for (i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](std::string& target) {
            if (i + 1 >= args.size()) {
                parsed.error = "option " + arg + " needs a value";
                return false;
            }
            target = args[++i];
            return true;
        };
        if (arg == "-h" || arg == "--help") {
            options.command = Command::help;
            return parsed;
        } else if (arg == "-o" || arg == "--output") {
            if (options.command != Command::render) {
                parsed.error = "option " + arg + " only applies to render";
                return parsed;
            }
            if (!value(options.output_path)) return parsed;
        } else if (arg == "--fonts") {
            if (!value(options.font_dir)) return parsed;
        } else if (arg == "--werror") {
            options.warnings_are_errors = true;
        } else if (arg.size() > 1 && arg[0] == '-') {
            parsed.error = "unknown option '" + arg + "'";
            return parsed;
        } else {
            options.profiles.push_back(arg);
        }
    }
    if (options.profiles.empty()) {
        parsed.error = first + " needs a profile";
    } else if (options.command == Command::render && options.profiles.size() > 1) {
        parsed.error = "render takes one profile; got " + std::to_string(options.profiles.size());
    }
    return parsed;
}

}  // namespace brochure
