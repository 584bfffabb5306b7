#pragma once
// Command-line options and their parsing.

#include <string>
#include <vector>

namespace brochure {

/// Exit codes, as documented in --help and the README.
inline constexpr int kExitSuccess = 0;
inline constexpr int kExitInvalidInput = 1;  ///< a profile has errors (or warnings with --werror)
inline constexpr int kExitUsageOrIo = 2;     ///< bad command line, unreadable input, unwritable output
inline constexpr int kExitInternal = 3;      ///< a bug: please report it

enum class Command { help, version, render, check };

struct Options {
    Command command = Command::help;
    std::vector<std::string> profiles;  ///< render takes exactly one, check one or more
    std::string output_path;            ///< -o; empty: the profile's path with .pdf
    std::string font_dir;               ///< --fonts; empty: the built-in default
    bool warnings_are_errors = false;   ///< --werror
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
