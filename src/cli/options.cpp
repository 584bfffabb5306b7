#include "cli/options.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace brochure {

std::string usage_text() {
    return R"(brochure: turns an organisation's profile (YAML) into a print-ready PDF brochure.

Usage:
  brochure render PROFILE.yaml [-o OUT.pdf] [--target screen|print] [--paper a4|letter]
                 [--format sheet|trifold|booklet] [--pages auto|N]
                 [--imposition sheets|none] [--pdfa] [--fonts DIR] [--assets DIR]
                 [--werror]
  brochure check PROFILE.yaml... [--paper a4|letter] [--format sheet|trifold|booklet]
                 [--pages auto|N] [--fonts DIR] [--assets DIR] [--werror]
  brochure build PATH... --out DIR [--jobs N] [--shard K/N] [--force] [--quiet]
                 [--report FILE.json] [--junit FILE.xml] [--target screen|print]
                 [--paper a4|letter] [--format sheet|trifold|booklet] [--pages auto|N]
                 [--imposition sheets|none] [--pdfa] [--fonts DIR] [--assets DIR]
                 [--werror]
  brochure schema
  brochure --help | --version

Commands:
  render    validate PROFILE, lay it out as a brochure and write the PDF; PROFILE - reads
            it from standard input (named <stdin> in messages; needs -o, and for print
            SOURCE_DATE_EPOCH, since there is no file to date the PDF by)
  check     validate one or more profiles and check that they fit the brochure,
            without writing anything
  build     render many profiles in parallel: each PATH is a profile or a folder searched
            for *.yaml; a profile goes to DIR/<its path below the folder>.pdf (a file
            given by name to DIR/<name>.pdf); profiles whose inputs are unchanged since
            the last build are skipped
  schema    print the JSON Schema of a profile, for editors and validators

Build options:
  --out DIR              folder for the PDFs (required)
  --jobs N               render N profiles at once (default: one per core)
  --shard K/N            render only the K-th of N equal shares of the profiles, for
                         spreading one batch over N CI runners
  --force                render every profile, even those that are up to date
  --quiet                no progress, summary or warnings; errors are still printed
  --report FILE.json     write a JSON report of every profile
  --junit FILE.xml       write a JUnit XML report, one testcase per profile

Options:
  -o, --output OUT.pdf   where to write the PDF (default: PROFILE with .pdf instead of
                         .yaml, next to it); written atomically: on any error no file is
                         written and an existing OUT.pdf is left untouched; -o - writes
                         it to standard output (never to a terminal), once it is whole
  --target screen|print screen (default): RGB colours, clickable links, images at
                         150 ppi, for e-mail and the web; print: PDF/X-4, CMYK inks
                         through the FOGRA39 profile (text on pure black), images at
                         300 ppi, 3 mm bleed, crop marks, trim and bleed boxes, no links,
                         for a print shop
  --paper a4|letter      the paper the pages are laid out for (default: a4)
  --format sheet|trifold|booklet
                         sheet (default): flat pages of the paper's size; trifold: a
                         leaflet folded in three from the paper in landscape, six panels
                         (for A4: 100, 100 and a 97 mm fold-in panel), on screen one
                         panel per page in reading order; booklet: a saddle-stitched
                         booklet of half-size pages (A5 on A4), 4, 8 or 12 of them, on
                         screen shown as spreads
  --pages auto|N         how many pages: sheet 1, 2 or 4, booklet 4, 8 or 12 (a leaflet
                         always has six panels); auto (default) chooses the fewest that
                         hold the content with no page left more than a fifth blank; a
                         number the content does not fit is an error at the first field
                         that does not fit
  --imposition sheets|none
                         print, trifold and booklet: sheets (default) puts the panels or
                         pages on press sheets, printed on both sides (a leaflet's outside
                         and inside; a booklet's pages in folding order, two to a side),
                         with crop and fold marks; none gives one panel or page to a PDF
                         page, each with its bleed, for printers who impose themselves
  --pdfa                 write PDF/A-2b for archiving: XMP metadata, an embedded ICC
                         output intent (sRGB for screen, FOGRA39 for print, which is then
                         PDF/X-4 as well), a document ID derived from the file
  --fonts DIR            folder with NotoSans-{Regular,Bold,Italic,BoldItalic}.ttf
                         (default: ../share/brochure/fonts beside an installed
                         executable, else the fonts/ folder of the tree it was built from)
  --assets DIR           the folder the profile's image paths (brand.logo, cover_image,
                         videos[].image) are relative to (default: the profile's own
                         folder); no image may lie outside it, through ".." or a link
  --werror               treat warnings as errors (low-contrast brand colours and
                         low-resolution images for print among them)
  -h, --help             show this help and exit
  --version              show the version and the libraries it was built with, and exit

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

namespace {

// Options that each parse but do not go together.
std::string format_conflict(const Options& options) {
    const std::vector<int> counts = format_plan(options.format, PageSpec{}).page_counts;
    if (options.pages != 0 && options.format == BrochureFormat::trifold)
        return "--pages does not apply to --format trifold: a leaflet always has six panels";
    if (options.pages != 0 && std::find(counts.begin(), counts.end(), options.pages) == counts.end()) {
        std::string allowed;
        for (std::size_t i = 0; i < counts.size(); ++i)
            allowed += (i == 0 ? "" : i + 1 == counts.size() ? " or " : ", ") + std::to_string(counts[i]);
        return fmt::format("--pages {}: a {} has {} pages", options.pages, format_name(options.format), allowed);
    }
    if (options.imposition_given && !options.print)
        return "--imposition applies to --target print: a screen PDF shows the pages in reading order";
    if (options.imposition_given && options.format == BrochureFormat::sheet)
        return "--imposition applies to --format trifold and booklet: a sheet's pages are printed as they are";
    return {};
}

// A value that looks like an option ("--fonts" after "--out") is taken for the user's
// slip, not for a folder of that name: "./--fonts" names such a folder. A lone "-" is a
// value.
bool is_option_name(const std::string& word) { return word.size() > 1 && word[0] == '-'; }

// What to say after "option --out needs a value" when the next word was an option.
std::string value_hint(const std::vector<std::string>& args, std::size_t i) {
    if (i + 1 >= args.size()) return {};
    return ", got the option '" + args[i + 1] + "' (write ./" + args[i + 1] + " for a file of that name)";
}

// Takes the build option at args[i] (and its value) into `options`; false when args[i] is
// not a build option. A bad value sets `error`.
bool parse_build_option(const std::vector<std::string>& args, std::size_t& i, Options& options, std::string& error) {
    const std::string& arg = args[i];
    const bool takes_value = arg == "--out" || arg == "--jobs" || arg == "--shard" || arg == "--report" || arg == "--junit";
    if (takes_value && (i + 1 >= args.size() || is_option_name(args[i + 1]))) {
        error = "option " + arg + " needs a value" + value_hint(args, i);
        return true;
    }
    if (arg == "--out") options.out_dir = args[++i];
    else if (arg == "--shard") options.shard = args[++i];
    else if (arg == "--report") options.report_path = args[++i];
    else if (arg == "--junit") options.junit_path = args[++i];
    else if (arg == "--force") options.force = true;
    else if (arg == "--quiet") options.quiet = true;
    else if (arg == "--jobs") {
        const std::string& value = args[++i];
        const bool digits = !value.empty() && value.size() <= 4 && value.find_first_not_of("0123456789") == std::string::npos;
        options.jobs = digits ? static_cast<unsigned>(std::stoul(value)) : 0;
        if (options.jobs == 0) error = "--jobs expects a whole number from 1 to 9999, got '" + value + "'";
    } else {
        return false;
    }
    return true;
}

}  // namespace

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
    if (first == "schema") {
        options.command = Command::schema;
        if (args.size() > 1) parsed.error = "schema takes no arguments; got '" + args[1] + "'";
        return parsed;
    }
    if (first == "render") {
        options.command = Command::render;
    } else if (first == "check") {
        options.command = Command::check;
    } else if (first == "build") {
        options.command = Command::build;
    } else {
        parsed.error = "unknown command '" + first + "'";
        return parsed;
    }
    for (i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](std::string& target) {
            if (i + 1 >= args.size() || is_option_name(args[i + 1])) {
                parsed.error = "option " + arg + " needs a value" + value_hint(args, i);
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
        } else if (arg == "--assets") {
            if (!value(options.assets_dir)) return parsed;
        } else if (arg == "--werror") {
            options.warnings_are_errors = true;
        } else if ((arg == "--target" || arg == "--pdfa") && options.command != Command::render &&
                   options.command != Command::build) {
            parsed.error = "option " + arg + " only applies to render and build";
            return parsed;
        } else if (arg == "--imposition" && options.command == Command::check) {
            parsed.error = "option --imposition only applies to render and build";
            return parsed;
        } else if (arg == "--pages") {
            std::string choice;
            if (!value(choice)) return parsed;
            if (choice == "auto" || choice == "1" || choice == "2" || choice == "4" || choice == "8" ||
                choice == "12") {
                options.pages = choice == "auto" ? 0 : std::stoi(choice);
            } else {
                parsed.error = "--pages expects auto, 1, 2 or 4 (booklet: 4, 8 or 12), got '" + choice + "'";
                return parsed;
            }
        } else if (arg == "--format") {
            std::string choice;
            if (!value(choice)) return parsed;
            if (choice == "sheet") {
                options.format = BrochureFormat::sheet;
            } else if (choice == "trifold") {
                options.format = BrochureFormat::trifold;
            } else if (choice == "booklet") {
                options.format = BrochureFormat::booklet;
            } else {
                parsed.error = "--format expects sheet, trifold or booklet, got '" + choice + "'";
                return parsed;
            }
        } else if (arg == "--imposition") {
            std::string choice;
            if (!value(choice)) return parsed;
            if (choice != "sheets" && choice != "none") {
                parsed.error = "--imposition expects sheets or none, got '" + choice + "'";
                return parsed;
            }
            options.imposed = choice == "sheets";
            options.imposition_given = true;
        } else if (arg == "--target" || arg == "--paper") {
            std::string choice;
            if (!value(choice)) return parsed;
            if (arg == "--target" && (choice == "screen" || choice == "print")) {
                options.print = choice == "print";
            } else if (arg == "--paper" && (choice == "a4" || choice == "letter")) {
                options.paper = choice == "a4" ? Paper::a4 : Paper::letter;
            } else {
                parsed.error = arg + " expects " + (arg == "--target" ? "screen or print" : "a4 or letter") +
                               ", got '" + choice + "'";
                return parsed;
            }
        } else if (arg == "--pdfa") {
            options.pdfa = true;
        } else if (options.command == Command::build && parse_build_option(args, i, options, parsed.error)) {
            if (!parsed.error.empty()) return parsed;
        } else if (arg.size() > 1 && arg[0] == '-') {
            parsed.error = "unknown option '" + arg + "'";
            return parsed;
        } else {
            options.profiles.push_back(arg);
        }
    }
    if (options.profiles.empty()) {
        parsed.error = first + " needs a profile";
    } else if (options.command == Command::build &&
               std::find(options.profiles.begin(), options.profiles.end(), "-") != options.profiles.end()) {
        parsed.error = "build reads profiles from files and folders; for standard input use render -";
    } else if (options.command == Command::build && options.out_dir.empty()) {
        parsed.error = "build needs --out DIR";
    } else if (options.command == Command::render && options.profiles.size() > 1) {
        parsed.error = "render takes one profile; got " + std::to_string(options.profiles.size());
    } else if (std::string error = format_conflict(options); !error.empty()) {
        parsed.error = std::move(error);
    }
    return parsed;
}

}  // namespace brochure
