#pragma once
// Command-line options and their parsing.

#include <optional>
#include <string>
#include <vector>

#include "design/brochure_format.hpp"
#include "report/diagnostic_style.hpp"

namespace brochure {

/// Exit codes, as documented in --help and the README.
inline constexpr int kExitSuccess = 0;
inline constexpr int kExitInvalidInput = 1;  ///< a profile has errors (or warnings with --werror)
inline constexpr int kExitUsageOrIo = 2;     ///< bad command line, unreadable input, unwritable output
inline constexpr int kExitInternal = 3;      ///< a bug: please report it

enum class Command { help, version, schema, render, check, build, watch, init };

/// The paper the brochure is laid out on (--paper).
enum class Paper { a4, letter };

struct Options {
    Command command = Command::help;
    std::vector<std::string> profiles;  ///< render and watch take exactly one, check one or more; init at most one
    std::string output_path;            ///< render, watch: -o; empty: the profile's path with .pdf
    std::string font_dir;               ///< --fonts; empty: the built-in default
    std::string assets_dir;             ///< --assets; empty: each profile's own folder
    bool warnings_are_errors = false;   ///< --werror
    bool print = false;                 ///< render, build: --target print (else screen)
    Paper paper = Paper::a4;            ///< render, check, build: --paper
    int pages = 0;                      ///< render, check, build: --pages, one of the format's counts; 0 for auto
    BrochureFormat format = BrochureFormat::sheet;  ///< render, check, build: --format
    bool imposed = true;                ///< render, build: false for --imposition none
    bool imposition_given = false;      ///< --imposition was on the command line
    bool pdfa = false;                  ///< render, build: --pdfa
    std::string out_dir;                ///< build: --out, the folder the PDFs go to
    unsigned jobs = 0;                  ///< build: --jobs; 0 means one per core
    std::string shard;                  ///< build: --shard K/N as given; empty renders all
    std::string report_path;            ///< build: --report FILE.json; empty writes none
    std::string junit_path;             ///< build: --junit FILE.xml; empty writes none
    bool force = false;                 ///< build: --force, render even what is up to date
    bool quiet = false;                 ///< build: --quiet, no progress, summary or warnings
    std::optional<DiagnosticStyle> diagnostics;  ///< --diagnostics; nothing: as the environment suggests
    std::string lang = "en";            ///< init: --lang, the language of the profile written
    bool overwrite = false;             ///< init: --force, replace an existing file
};

/// Either options or a usage error to print.
struct ParsedOptions {
    Options options;
    std::string error;  ///< empty when the command line was valid
};

/// Parses the arguments after the program name.
ParsedOptions parse_options(const std::vector<std::string>& args);

/// The --help text.
std::string usage_text();

}  // namespace brochure
